export const INBOX_STYLE = `
:root { font-family: system-ui, sans-serif; color: #1d2433; background: #f6f7f9; }
body { margin: 0; }
header { display: flex; gap: 1.5rem; align-items: center; padding: 0.75rem 1.25rem; background: #1d2433; color: #fff; }
header h1 { font-size: 1.1rem; margin: 0; }
header select { margin-left: 0.4rem; }
#connection { margin-left: auto; font-size: 0.85rem; opacity: 0.8; }
main { padding: 1rem 1.25rem; }
table { width: 100%; border-collapse: collapse; background: #fff; font-size: 0.9rem; }
th, td { text-align: start; padding: 0.45rem 0.6rem; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; }
tr.in { background: #f2f8ff; }
td.text { white-space: pre-wrap; max-width: 28rem; unicode-bidi: plaintext; }
.status { display: inline-block; padding: 0.1rem 0.45rem; border-radius: 0.6rem; background: #e3e6eb; }
.status-delivered { background: #d3f2dc; }
.status-failed, .status-canceled { background: #f8d7da; }
.status-scheduled { background: #fff1c2; }
.status-received { background: #d7e8fb; }
.actions { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.actions input { width: 9rem; }
#empty { color: #6b7385; }
`;
