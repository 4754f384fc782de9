export const root: string;
export const electronNativeBindingFile: string;
export function electronVersion(): string;
export function installedElectronBinary(): string | null;
export function ensureElectronBinary(): string;
export function ensureElectronNativeBinding(): void;
