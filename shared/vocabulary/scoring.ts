/** The entries of a field beside its criteria. */
export const ITEM_KINDS = ['staerke', 'schwaeche', 'handlungsbedarf'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** As a heading over several entries. */
export const ITEM_KIND_LABELS: Record<ItemKind, string> = { staerke: 'Stärken', schwaeche: 'Schwächen', handlungsbedarf: 'Handlungsbedarf' };
/** As the kind of one entry. */
export const ITEM_KIND_SINGULAR: Record<ItemKind, string> = { staerke: 'Stärke', schwaeche: 'Schwäche', handlungsbedarf: 'Handlungsbedarf' };
