import { mailBodyForFrame } from './mail-html';

describe('mailBodyForFrame', () => {
  it('keeps the text and links but drops what the CSP would block', () => {
    const html = `<!DOCTYPE html><html><head><title>Код</title><style>p{color:red}</style></head>
      <body><p style = 'color:red' >Ваш код: <b>123456</b></p><a href="https://clinic.example/">Клиника</a>
      <img src="https://tracker.example/pixel.gif"><img src="data:image/png;base64,AAAA"><script>alert(1)</script></body></html>`;
    const body = mailBodyForFrame(html);
    expect(body).toContain('<p>Ваш код: <b>123456</b></p>');
    expect(mailBodyForFrame('<td style="padding:0">x</td><div style=color:red>y</div>')).not.toContain(
      'style',
    );
    expect(body).toContain('<a href="https://clinic.example/">Клиника</a>');
    expect(body).toContain('data:image/png');
    expect(body).not.toMatch(/style|script|tracker|<title>|Код</);
  });
});
