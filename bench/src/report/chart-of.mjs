/** The ratio chart of a results object: throughput and CPU per message against raw undici, bulk against the ideal. */
export function chartOf(results) {
  const panels = [];
  const perSend = results.perSend ?? [];
  const label = (row, variant) =>
    `${variant === 'sdk' ? `@sms/${row.provider}` : 'ghasedak 0.2.1 (official)'} · c=${row.concurrency}`;
  const rowsFor = (metric) =>
    perSend.flatMap((row) =>
      Object.entries(row.ratios).map(([variant, ratios]) => ({
        label: label(row, variant),
        value: ratios[metric],
        checked: variant === 'sdk' ? undefined : false,
      })),
    );
  if (perSend.length > 0) {
    panels.push({
      title: 'Throughput ÷ raw undici (higher is better; target ≥ 0.95× at c=50)',
      better: 'higher',
      target: 0.95,
      rows: rowsFor('throughput').map((row) =>
        row.label.endsWith('c=1') && row.checked === undefined ? { ...row, checked: false } : row,
      ),
    });
    panels.push({
      title: 'Client CPU per message ÷ raw undici (lower is better; target ≤ 1.10×)',
      better: 'lower',
      target: 1.1,
      rows: rowsFor('cpuPerMessage'),
    });
    panels.push({
      title: 'p99 latency ÷ raw undici (lower is better; no target)',
      better: 'lower',
      rows: rowsFor('p99').map((row) => ({ ...row, checked: false })),
    });
  }
  if (results.bulk !== undefined) {
    panels.push({
      title: `Bulk: ${results.bulk.recipients.toLocaleString('en')} recipients ÷ the ideal raw requests`,
      better: 'higher',
      target: 0.9,
      rows: [
        { label: 'throughput (higher is better)', value: results.bulk.ratios.throughput },
        {
          label: 'CPU per recipient (lower is better; no target)',
          value: results.bulk.ratios.cpuPerRecipient,
          checked: false,
        },
      ],
    });
  }
  const load = results.machine?.loadBefore?.loadAverage?.map((value) => value.toFixed(2)).join(' ');
  return {
    title: '@sms/* against raw undici: ratios',
    subtitle: `${results.generatedAt} · Node ${results.machine?.node} · ${results.machine?.cpus} CPUs · load average before the run ${load}${results.quick ? ' · QUICK RUN' : ''}`,
    panels,
  };
}
