/** <dash-gallery>'s editing controls (`editable`); loaded with them (edit-controller.ts). */
export const edit = {
  toolbar: (name: string) => `Edit ${name}`,
  moveEarlier: 'Move earlier',
  moveLater: 'Move later',
  editCaption: 'Edit caption',
  caption: 'Caption',
  captionCount: (length: number, max: number) => `${length} of ${max} characters`,
  save: 'Save',
  remove: 'Remove',
  confirmRemove: (name: string) => `Remove ${name} from the gallery?`,
  reorderHelp: 'Drag to reorder, or press Alt + Arrow keys on a tile.',
  moved: (name: string, position: number, total: number) => `${name} moved to position ${position} of ${total}.`,
  saved: 'Changes saved.',
  removed: (name: string) => `${name} removed.`,
  failed: 'Your change could not be saved and was undone.',
};
