// Runs the dist scenario through the ESM build (`import`).
import 'reflect-metadata';
import { createRequire } from 'node:module';
import * as common from '@nestjs/common';
import * as core from '@nestjs/core';
import * as terminus from '@nestjs/terminus';
import { SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import * as nestjs from '../dist/index.js';
import * as nestjsTerminus from '../dist/terminus/index.js';
import * as nestjsTesting from '../dist/testing/index.js';

const { runScenario } = createRequire(import.meta.url)('./check-dist-scenario.cjs');
await runScenario({
  label: 'ESM',
  common,
  core,
  terminus,
  nestjs,
  nestjsTesting,
  nestjsTerminus,
  createMemoryProvider,
  SmsError,
});
