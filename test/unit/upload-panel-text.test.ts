/**
 * The uploader's words, in Node: the restrictions as a sentence (from accept, max-file-size and
 * max-files, in English and German), a failure in a guest's words (the technical message kept for
 * the events), and each file's kind for its icon.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { DashError } from '../../src/api/errors.js';
import { describeRestrictions } from '../../src/elements/guest-upload/format.js';
import { failureReason } from '../../src/elements/guest-upload/file-list.js';
import { fileKind } from '../../src/elements/guest-upload/file-icon.js';

const MB = 1000 * 1000;

describe('upload panel: restrictions in words', () => {
  const cases: [string, number, number, string, string][] = [
    ['image/*', 20 * MB, 10, 'Images up to 20 MB, at most 10 files', 'Bilder bis 20 MB, höchstens 10 Dateien'],
    ['image/*,video/*', 0, 0, 'Images and videos only', 'Nur Bilder und Videos'],
    ['', 5 * MB, 0, 'Files up to 5 MB', 'Dateien bis 5 MB'],
    ['', 0, 1, 'At most 1 file', 'Höchstens 1 Datei'],
    [
      'image/*,.pdf,application/pdf,.raw,audio/*',
      1.5 * MB,
      3,
      'Images, PDFs, RAW, and audio files up to 1.5 MB, at most 3 files',
      'Bilder, PDFs, RAW und Audiodateien bis 1,5 MB, höchstens 3 Dateien',
    ],
    ['', 0, 0, '', ''],
  ];
  for (const [accept, maxFileSize, maxFiles, english, german] of cases) {
    it(`${accept || 'any type'}, ${maxFileSize} bytes, ${maxFiles} files`, () => {
      const restrictions = { accept, maxFileSize, maxFiles };
      assert.equal(describeRestrictions(en, restrictions, 'en'), english);
      assert.equal(describeRestrictions(de, restrictions, 'de'), german);
    });
  }
});

describe('upload panel: failures in plain words', () => {
  it('says an upload failure without its technical message', () => {
    const error = new DashError('upload-failed', 'The storage server answered 500 to a part upload.', { status: 500 });
    assert.equal(failureReason(en, error), en.upload.failed);
    assert.doesNotMatch(failureReason(en, error), /500|storage server|part/);
    assert.equal(failureReason(de, error), de.upload.failed);
  });

  it("uses the error code's own plain message where there is one", () => {
    assert.equal(failureReason(en, new DashError('network', 'xhr status 0')), en.errors.network);
    assert.equal(failureReason(en, new DashError('unauthorized', 'HTTP 401')), en.errors.unauthorized);
  });
});

describe('upload panel: file kinds for icons', () => {
  it('tells video, audio, archives and documents apart by type or extension', () => {
    assert.equal(fileKind('video/mp4', 'mp4'), 'video');
    assert.equal(fileKind('audio/mpeg', 'mp3'), 'audio');
    assert.equal(fileKind('application/zip', 'zip'), 'archive');
    assert.equal(fileKind('', '7z'), 'archive');
    assert.equal(fileKind('application/gzip', 'gz'), 'archive');
    assert.equal(fileKind('application/pdf', 'pdf'), 'document');
    assert.equal(fileKind('', 'txt'), 'document');
  });
});
