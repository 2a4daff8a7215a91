import express from 'express';
import expressPackage from 'express/package.json';
import { describe, expect, it } from 'vitest';

describe('the suite runs on the Express major of its project', () => {
  it(`loads Express ${process.env.EXPRESS_MAJOR}`, () => {
    expect(process.env.EXPRESS_MAJOR).toMatch(/^[45]$/);
    expect(expressPackage.version.split('.')[0]).toBe(process.env.EXPRESS_MAJOR);
    // Express 5 removed the bundled `express.query` middleware; its presence tells the two majors apart at runtime.
    expect(typeof (express as unknown as Record<string, unknown>).query === 'function').toBe(
      process.env.EXPRESS_MAJOR === '4',
    );
  });
});
