/** How long a desk's name may be, and the pairing code as typed (`ABCD-EFGH`: eight characters and a dash). */
export const DESK_NAME_MAX = 80;
export const PAIRING_CODE_MAX = 9;
