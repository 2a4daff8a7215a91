/**
 * Which kind of call an answer belongs to. SMS Partner reuses small codes with different meanings per
 * endpoint (5 is "already canceled" for a cancel but "empty number list" for a status call).
 */
export type SmsPartnerOperation = 'send' | 'cancel' | 'status' | 'account' | 'stop-list' | 'lookup';
