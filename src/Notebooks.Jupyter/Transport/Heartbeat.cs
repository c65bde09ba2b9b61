using NetMQ;
using NetMQ.Sockets;

namespace Notebooks.Jupyter.Transport;

/// <summary>The heartbeat: a REP socket on its own thread echoing every ping, whatever the kernel is doing.</summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly ResponseSocket socket = new();
    private readonly Thread thread;
    private volatile bool stopping;

    public Heartbeat(string address)
    {
        socket.Options.Linger = TimeSpan.Zero;
        socket.Bind(address);
        thread = new Thread(Echo) { IsBackground = true, Name = "jupyter heartbeat" };
        thread.Start();
    }

    private void Echo()
    {
        while (!stopping)
        {
            var frames = new List<byte[]>();
            if (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
            {
                socket.SendMultipartBytes(frames);
            }
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join(TimeSpan.FromSeconds(2));
        socket.Dispose();
    }
}
