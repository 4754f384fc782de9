import auditFamiliengerechteKommune from '../../../resources/catalogues/audit-familiengerechte-kommune.v1.json' with { type: 'json' };
import bwManagementverfahren from '../../../resources/catalogues/bw-managementverfahren.v1.json' with { type: 'json' };

/** The catalogues shipped with the app, imported statically so that bundling keeps them. */
export const BUNDLED_CATALOGUES: readonly unknown[] = [auditFamiliengerechteKommune, bwManagementverfahren];
