import { downloadBlob } from '../components/download';

/** Files chosen or dropped, as the import calls carry them (base64), and a refused-rows CSV offered for download. */
export interface ChosenFile {
  name: string;
  base64: string;
}

export async function readChosen(files: FileList | readonly File[]): Promise<ChosenFile[]> {
  return Promise.all(
    [...files].map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let index = 0; index < bytes.length; index += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
      return { name: file.name, base64: btoa(binary) };
    }),
  );
}

export function downloadText(name: string, text: string): void {
  downloadBlob(name, new Blob([`\ufeff${text}`], { type: 'text/csv;charset=utf-8' }));
}
