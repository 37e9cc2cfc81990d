// A minimal PDF writer for the tests: one page per call, Helvetica (one of
// the 14 standard fonts, so nothing is embedded) in WinAnsiEncoding, the
// title larger, paragraphs wrapped and set apart by an empty line. Enough
// for a real text layer that a PDF reader extracts, and no binary fixture
// in the repository.

/** Escapes a string for a PDF literal string, in WinAnsi (Latin-1 here). */
function literal(s) {
  return '(' + s.replace(/[\\()]/g, (c) => '\\' + c) + ')';
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Builds a PDF whose page shows title and the paragraphs; with text false,
 * the page only draws a rectangle: a PDF without a text layer, as a scan.
 * @param {{title: string, paragraphs: string[], text?: boolean}} doc
 * @returns {Buffer}
 */
export function makePDF({ title, paragraphs, text = true }) {
  let content;
  if (text) {
    const ops = ['BT', '/F1 18 Tf', '72 740 Td', `${literal(title)} Tj`, '/F1 11 Tf', '0 -30 Td', '15 TL'];
    for (const p of paragraphs) {
      for (const l of wrap(p, 88)) ops.push(`${literal(l)} Tj`, 'T*');
      ops.push('T*');
    }
    ops.push('ET');
    content = ops.join('\n');
  } else {
    content = '0.5 g 72 500 300 200 re f';
  }
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${literal(title)} /Producer (rightsgraph e2e) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
