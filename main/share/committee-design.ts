/**
 * The design document a committee database on the server holds: CouchDB's own `validate_doc_update`,
 * run by the server on every write (Apache CouchDB 3, and express-pouchdb in the tests), so the rules
 * hold whatever client writes. Who is who comes from the database's `_security` object:
 *
 *   members                   read the log (CouchDB itself refuses anyone else, even reading);
 *   scrutineer.chair          adds entries, removes them, and changes any field but the entry's identity;
 *   scrutineer.officers       change status, owner, due date and add log notes on existing entries;
 *   admins (and server admins) anything, including this design document.
 *
 * `scrutineer` is an extra field of `_security` (CouchDB keeps extra fields and passes the whole
 * object to validate_doc_update as `secObj`); each of its sections is `{ names: [...], roles: [...] }`
 * like CouchDB's own. Every revision names its writer (`by`), which must be the user writing it.
 *
 * The function is ES5 (CouchDB's JavaScript engine) and kept as a string so what is installed on the
 * server is exactly this text.
 */

export const COMMITTEE_DESIGN_ID = '_design/scrutineer';
/** Raised when the rules change: a client checks the server has at least this version. */
export const COMMITTEE_DESIGN_VERSION = 1;
export const ENTRY_TYPE = 'scrutineer-action';

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  function isIn(section) {
    if (!section) return false;
    var names = section.names || [], roles = section.roles || [], i;
    if (userCtx.name && names.indexOf(userCtx.name) !== -1) return true;
    for (i = 0; i < roles.length; i++) if (userCtx.roles.indexOf(roles[i]) !== -1) return true;
    return false;
  }
  function canon(v) {
    if (v === null || typeof v !== 'object') return JSON.stringify(v === undefined ? null : v);
    if (Object.prototype.toString.call(v) === '[object Array]') {
      var parts = [], j;
      for (j = 0; j < v.length; j++) parts.push(canon(v[j]));
      return '[' + parts.join(',') + ']';
    }
    var keys = [], k;
    for (k in v) if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined) keys.push(k);
    keys.sort();
    return '{' + keys.map(function (key) { return JSON.stringify(key) + ':' + canon(v[key]); }).join(',') + '}';
  }
  function refuse(why) { throw ({ forbidden: why }); }
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  secObj = secObj || {};
  if (isIn(secObj.admins)) return;
  var rules = secObj.scrutineer || {};
  var chair = isIn(rules.chair);
  var officer = isIn(rules.officers);
  if (!chair && !officer) refuse('Only the chair and the named officers may change the committee\\'s action log; members read it.');
  if (newDoc._deleted) {
    if (!chair) refuse('Only the chair may remove an entry from the committee\\'s action log.');
    return;
  }
  if (newDoc.type !== '${ENTRY_TYPE}') refuse('Only entries of the action log may be stored in this database.');
  if (newDoc.by !== userCtx.name) refuse('Each change must name the user who makes it.');
  var statuses = ['open', 'in-progress', 'done', 'dropped'];
  if (!newDoc.status || statuses.indexOf(newDoc.status.v) === -1) refuse('The status must be open, in-progress, done or dropped.');
  if (!oldDoc || oldDoc._deleted) {
    if (!chair) refuse('Only the chair may add entries to the committee\\'s action log.');
    return;
  }
  var fixed = ['type', 't', 'natural', 'meeting', 'createdAt', 'exempt'];
  var officerMay = ['status', 'owner', 'due', 'log', 'by', 'at'];
  var chairMay = ['what', 'kind', 'info'];
  var seen = {}, key;
  for (key in newDoc) seen[key] = true;
  for (key in oldDoc) seen[key] = true;
  for (key in seen) {
    if (key.charAt(0) === '_') continue;
    if (canon(newDoc[key]) === canon(oldDoc[key])) continue;
    if (fixed.indexOf(key) !== -1) refuse('The ' + key + ' of an entry cannot be changed.');
    if (chairMay.indexOf(key) !== -1) { if (!chair) refuse('Only the chair may change the ' + key + ' of an entry.'); continue; }
    if (officerMay.indexOf(key) === -1) refuse('An entry of the action log has no field ' + key + '.');
  }
  var oldLog = oldDoc.log || {}, newLog = newDoc.log || {}, gid;
  for (gid in oldLog) {
    if (canon(oldLog[gid]) !== canon(newLog[gid])) refuse('Notes in the log cannot be changed or removed, only added.');
  }
}`;

export interface CommitteeDesignDoc {
  _id: string;
  scrutineer: number;
  language: 'javascript';
  validate_doc_update: string;
}

export function committeeDesignDoc(): CommitteeDesignDoc {
  return { _id: COMMITTEE_DESIGN_ID, scrutineer: COMMITTEE_DESIGN_VERSION, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}

export interface SecuritySection {
  names?: string[];
  roles?: string[];
}

export interface CommitteeSecurity {
  admins?: SecuritySection;
  members?: SecuritySection;
  scrutineer?: { chair?: SecuritySection; officers?: SecuritySection };
}

export type CommitteeRole = 'chair' | 'officer' | 'member';

/**
 * The role _security gives a user, as the design document reads it (for showing; the server decides).
 * A database or server administrator may change anything the chair may (and more), so is treated as the chair.
 */
export function roleOf(security: CommitteeSecurity, user: { name: string; roles: string[] }): CommitteeRole {
  const isIn = (s: SecuritySection | undefined) => Boolean(s && ((s.names ?? []).includes(user.name) || (s.roles ?? []).some((r) => user.roles.includes(r))));
  if (user.roles.includes('_admin') || isIn(security.admins)) return 'chair';
  if (isIn(security.scrutineer?.chair)) return 'chair';
  if (isIn(security.scrutineer?.officers)) return 'officer';
  return 'member';
}

/** What the server's administrator installs: the design document and an example _security object. */
export function committeeSetup(): { designDoc: Record<string, unknown>; security: Record<string, unknown> } {
  return {
    designDoc: { ...committeeDesignDoc() },
    security: {
      admins: { names: [], roles: [] },
      // Everyone who reads or writes must be a member (CouchDB refuses anyone else outright).
      members: { names: ['cllr-chair'], roles: ['scrutiny-cype', 'scrutiny-officer'] },
      scrutineer: { chair: { names: ['cllr-chair'], roles: [] }, officers: { names: [], roles: ['scrutiny-officer'] } },
    },
  };
}
