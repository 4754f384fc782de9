import auditV1 from '../../../resources/catalogues/audit-familiengerechte-kommune.v1.json' with { type: 'json' };
import auditV2 from '../../../resources/catalogues/audit-familiengerechte-kommune.v2.json' with { type: 'json' };
import bwV1 from '../../../resources/catalogues/bw-managementverfahren.v1.json' with { type: 'json' };
import auditV3 from '../../../resources/catalogues/audit-familiengerechte-kommune.v3.json' with { type: 'json' };
import bwV2 from '../../../resources/catalogues/bw-managementverfahren.v2.json' with { type: 'json' };
import bwV3 from '../../../resources/catalogues/bw-managementverfahren.v3.json' with { type: 'json' };
import auditV4 from '../../../resources/catalogues/audit-familiengerechte-kommune.v4.json' with { type: 'json' };
import bwV4 from '../../../resources/catalogues/bw-managementverfahren.v4.json' with { type: 'json' };

/**
 * The catalogues shipped with the app, imported statically so that bundling keeps them. An
 * installed version never changes, so a new edition is a new version and the old one stays for
 * the rounds pinned to it; new rounds use the latest.
 */
export const BUNDLED_CATALOGUES: readonly unknown[] = [auditV1, auditV2, auditV3, auditV4, bwV1, bwV2, bwV3, bwV4];
