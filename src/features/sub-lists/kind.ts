import type { MemberListKind } from '../../ui/member-lists/words';
import { subListWords } from './messages';

/** Sub-lists: no size limit; each member receives every other member as a contact. */
export const subListKind: MemberListKind = { id: 'subList', words: subListWords, rules: {} };
