const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "812 Bytes", "135 kB", "2,4 MB". */
export const formatFileSize = (bytes: number) => (bytes < 1024 ? `${bytes} Bytes` : bytes < 1024 * 1024 ? `${number.format(bytes / 1024)} kB` : `${number.format(bytes / 1024 / 1024)} MB`);
