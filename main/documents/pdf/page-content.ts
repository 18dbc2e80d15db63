/**
 * How a page's drawing reaches the file. pdfkit turns every operator into its own byte array as it is drawn, and
 * compresses each page's stream at zlib's default level when the document ends; a page of running text holds
 * several hundred operators. Here a page keeps its operators as text, turns them into bytes once and compresses
 * them at zlib's fastest level: the same drawing, a file a little larger, rendered sooner. The page stream is
 * pdfkit's own object, used through its internals: if a version lacks them, pages are written as pdfkit writes them.
 */
import { deflateSync } from 'node:zlib';

interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

const isContentStream = (value: unknown): value is ContentStream => {
  const stream = value as Partial<ContentStream> | undefined;
  return (
    Array.isArray(stream?.buffer) &&
    typeof stream.write === 'function' &&
    typeof stream.end === 'function' &&
    typeof stream.compress === 'boolean'
  );
};

function writeAsText(content: ContentStream): void {
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  // What pdfkit wrote before the page was handed over (its coordinate flip), then every operator, one per line.
  let text = content.buffer
    .splice(0)
    .map((bytes) => Buffer.from(bytes).toString('latin1'))
    .join('');
  content.write = (chunk) => {
    text += typeof chunk === 'string' ? `${chunk}\n` : Buffer.from(chunk).toString('latin1');
  };
  content.end = (chunk) => {
    if (chunk !== undefined) content.write(chunk);
    if (text.length > 0) {
      let bytes: Uint8Array = Buffer.from(text, 'latin1');
      if (content.compress) {
        bytes = deflateSync(bytes, { level: 1 });
        content.compress = false;
        content.data.Filter = 'FlateDecode';
      }
      write(bytes);
    }
    end();
  };
}

/** Every page the document adds from now on writes its drawing as above. */
export function writePagesAsText(doc: PDFKit.PDFDocument): void {
  doc.on('pageAdded', () => {
    const content = (doc.page as unknown as { content?: unknown }).content;
    if (isContentStream(content)) writeAsText(content);
  });
}
