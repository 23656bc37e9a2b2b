import { createServer, request } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A forward proxy on 127.0.0.1, as corporate networks run them: CONNECT tunnels for https, and
 * absolute-URL requests forwarded for http. It records what it was asked for.
 */
export interface TestProxy {
  url: string
  /** "host:port" of each CONNECT. */
  tunnels: string[]
  /** The absolute URL of each forwarded http request. */
  forwarded: string[]
  close(): Promise<void>
}

export async function startProxy(): Promise<TestProxy> {
  const tunnels: string[] = []
  const forwarded: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    forwarded.push(req.url ?? '')
    const upstream = request(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => (socket === client ? upstream : client).destroy())
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    forwarded,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => done())
      }),
  }
}
