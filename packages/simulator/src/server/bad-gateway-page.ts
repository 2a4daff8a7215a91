import type { ProviderResponse } from './provider-api';

/** What a reverse proxy in front of a provider answers when the application behind it is down. */
export function badGatewayPage(): ProviderResponse {
  return {
    status: 502,
    contentType: 'text/html; charset=utf-8',
    body:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
      '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  };
}
