// GSM 03.38 default alphabet (one septet each), without the escape character itself.
export const GSM7_BASIC: ReadonlySet<string> = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);

// The extension table: each is sent as the escape septet plus one, so it counts 2.
export const GSM7_EXTENSION: ReadonlySet<string> = new Set(Array.from('\f^{}\\[~]|€'));
