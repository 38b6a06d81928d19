/**
 * The version of the personal-data consent text (152-FZ) a registering patient agrees to;
 * stored with the time of consent. Change it whenever the text the client shows changes.
 */
export const PERSONAL_DATA_CONSENT_VERSION = '2026-11';
