/** The inbox page: plain HTML; the table is filled and kept current by /inbox/inbox.js. */
export const INBOX_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMS simulator inbox</title>
<link rel="stylesheet" href="/inbox/inbox.css">
</head>
<body>
<header>
  <h1>SMS simulator</h1>
  <label>Provider
    <select id="provider-filter">
      <option value="">All providers</option>
      <option value="ghasedak">Ghasedak</option>
      <option value="smsafzar">SMSAfzar</option>
      <option value="smspartner">SMS Partner</option>
    </select>
  </label>
  <span id="connection" role="status"></span>
</header>
<main>
  <table id="messages">
    <thead>
      <tr>
        <th>Time</th><th>Provider</th><th>From</th><th>To</th><th>Text</th>
        <th>Encoding</th><th>Schedule</th><th>Status</th><th>Actions</th>
      </tr>
    </thead>
    <tbody></tbody>
  </table>
  <p id="empty">No messages yet. Send one to a base URL of the simulator and it appears here.</p>
</main>
<script src="/inbox/inbox.js"></script>
</body>
</html>
`;
