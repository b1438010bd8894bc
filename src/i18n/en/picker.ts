/** <dash-asset-picker>, on top of the portal section. */
export const picker = {
  title: 'Choose assets',
  dateFrom: 'Added from',
  dateTo: 'Added until',
  rendition: 'Size to insert',
  original: 'Original',
  width: 'Width',
  widthValue: 'Width in pixels',
  insert: 'Insert',
  insertCount: (count: number) => `Insert ${count}`,
  preparing: 'Preparing links…',
  chooseOne: 'Choose an asset to insert.',
  hint: 'Arrow keys move, Space selects, Enter inserts.',
  inserted: (count: number) => `${count} inserted.`,
  unusable: (count: number, names: string) =>
    `${count === 1 ? 'This asset has' : 'These assets have'} no usable web address and ${count === 1 ? 'was' : 'were'} not inserted: ${names}.`,
  crop: 'Crop',
  noCrop: 'No crop',
  cropSize: 'Crop size',
  cropHint: 'Drag the box or use the arrow keys to move it (Shift moves further); + and − or the slider resize it.',
  cropBox: (name: string) => `Crop ${name}`,
  cropValue: (ratio: string, width: number, height: number, left: number, top: number) =>
    `Crop ${ratio}, ${width} × ${height} px from left ${left}, top ${top}`,
  previewOnly: 'You get preview links here: this access may not create permanent links.',
};
