import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeLogger } from '../log/logger.js';
import { IncidentEmitter, incidentFromDecision, type Incident, type Notifier } from './incidents.js';
import { plantedVerdict, syntheticMobile, syntheticResidentId } from './test-fixtures.js';
import type { DecisionLike } from './types.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(c, _e, cb) {
      lines.push(...String(c).split('\n').filter(Boolean));
      cb();
    },
  });
  return { stream, lines };
}

// Shaped like src/policy/evaluate.ts's Decision: a simulate-mode rule leaves
// the enforced action at allow and lists itself in `simulated`.
const decision = (action: DecisionLike['action'], simulate = false): DecisionLike => ({
  action: simulate ? 'allow' : action,
  reasons: [{ rule: 'default/secret-out', action, mode: simulate ? 'simulate' : 'enforce', reason: 'secret to external' }],
  notify: ['sink'],
  simulated: simulate ? [{ rule: 'default/secret-out', would: action }] : [],
});

class Sink implements Notifier {
  readonly name = 'sink';
  got: Incident[] = [];
  notify(i: Incident) {
    this.got.push(i);
  }
  async close() {}
}

describe('incidents', () => {
  const id = syntheticResidentId();
  const mobile = syntheticMobile();
  const verdict = plantedVerdict(id, mobile, '/srv/share/list.xlsx');

  it('builds an incident with counts, masked samples and rule ids, never values', () => {
    const i = incidentFromDecision({ verdict, decision: decision('block', true), subject: { kind: 'mail', sender: 'a@corp.cn', recipients: ['b@x.com'], attachments: ['list.xlsx'] }, channel: 'smtp' });
    expect(i).toMatchObject({ action: 'block', simulate: true, outcome: 'would have blocked', sensitivity: 'secret', rules: ['default/secret-out'], count: 1 });
    expect(i.detectors.map((d) => [d.detector, d.count])).toEqual([['cn_resident_id', 1], ['cn_mobile', 1]]);
    const s = JSON.stringify(i);
    expect(s).not.toContain(id);
    expect(s).not.toContain(mobile);
    expect(i.detectors[1]!.samples[0]).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
  });

  it('emits one line per non-allow decision and aggregates storms into one incident with a count', async () => {
    const c = capture();
    const sink = new Sink();
    const em = new IncidentEmitter({ logger: makeLogger({ destination: c.stream }), windowMs: 60_000, notifiers: { sink } });
    const subject = { kind: 'file' as const, path: '/srv/share/list.xlsx' };
    expect(em.record({ verdict, decision: decision('allow'), subject, channel: 'file' })).toBeUndefined();
    for (let k = 0; k < 5; k++) em.record({ verdict, decision: decision('quarantine'), subject, channel: 'file' });
    em.record({ verdict, decision: decision('quarantine'), subject: { kind: 'file', path: '/other' }, channel: 'file' });
    expect(c.lines).toHaveLength(2);
    await em.close();
    expect(c.lines).toHaveLength(3);
    const agg = JSON.parse(c.lines[2]!);
    expect(agg.event).toBe('incident.aggregate');
    expect(agg.incident.count).toBe(5);
    expect(agg.incident.id).toBe(JSON.parse(c.lines[0]!).incident.id);
    expect(sink.got.map((i) => i.count)).toEqual([1, 1, 5]);
    expect(c.lines.join('\n')).not.toContain(mobile);
  });

  it('opens a new incident once the window has passed', async () => {
    const c = capture();
    const em = new IncidentEmitter({ logger: makeLogger({ destination: c.stream }), windowMs: 30 });
    const subject = { kind: 'file' as const, path: '/a' };
    em.record({ verdict, decision: decision('alert'), subject, channel: 'file' });
    await new Promise((r) => setTimeout(r, 80));
    em.record({ verdict, decision: decision('alert'), subject, channel: 'file' });
    await em.close();
    expect(c.lines.map((l) => JSON.parse(l).event)).toEqual(['incident', 'incident']);
  });
});
