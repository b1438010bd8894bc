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
  previewOnly: 'You get preview links here: this access may not create permanent links.',
};
