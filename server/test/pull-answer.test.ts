import { describe, expect, it } from 'vitest';
import { pullAnswerBytes } from '../src/sync/pull';
import { withLinesAhead } from '../src/sync/pull-total';

const fields = '"cursor":"3.7","hasMore":false,"lastMutationId":2';

describe('a pull answer as bytes', () => {
  it('encodes each part once, multi-byte text included, into exactly the bytes of the JSON', () => {
    // Two- and three-byte characters and a surrogate pair (four bytes in UTF-8).
    const rows = [
      '{"kind":"user","id":"u-1","deleted":false,"data":{"name":"Zoë Łukasiewicz"}}',
      '{"kind":"user","id":"u-2","deleted":false,"data":{"name":"東京 😀"}}',
    ].join(',');
    const bytes = pullAnswerBytes({ fields, rows });
    const text = `{${fields},"rows":[${rows}]}`;
    expect(bytes.length).toBe(Buffer.byteLength(text));
    expect(bytes.equals(Buffer.from(text))).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({
      cursor: '3.7',
      hasMore: false,
      lastMutationId: 2,
      rows: [
        { kind: 'user', id: 'u-1', deleted: false, data: { name: 'Zoë Łukasiewicz' } },
        { kind: 'user', id: 'u-2', deleted: false, data: { name: '東京 😀' } },
      ],
    });
  });

  it('answers an empty page as an empty list', () => {
    expect(JSON.parse(pullAnswerBytes({ fields, rows: '' }).toString('utf8'))).toEqual({
      cursor: '3.7',
      hasMore: false,
      lastMutationId: 2,
      rows: [],
    });
  });

  it('puts linesAhead first', () => {
    const answer = withLinesAhead({ fields, rows: '' }, 1200);
    expect(pullAnswerBytes(answer).toString('utf8')).toBe(
      `{"linesAhead":1200,${fields},"rows":[]}`,
    );
  });
});
