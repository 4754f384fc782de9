import { migration001 } from './001-cases-and-phases';
import { migration002 } from './002-catalogues-and-answers';
import { migration003 } from './003-questionnaire-imports';
import { migration004 } from './004-scoring';
import { migration005 } from './005-goal-agreement';
import { migration006 } from './006-certification';
import { migration007 } from './007-change-log';
import { migration008 } from './008-change-log-origin';
import { migration009 } from './009-questionnaire-exports';
import { migration010 } from './010-case-indexes';
import { migration011 } from './011-case-name-sort-key';
import { migration012 } from './012-change-log-by-row';
import { migration013 } from './013-participation';
import { migration014 } from './014-ideas';
import { migration015 } from './015-concept-versions';
import { migration016 } from './016-documents';
import type { Migration } from './migration';

/** Registered statically, in order, so that bundling can never lose one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
