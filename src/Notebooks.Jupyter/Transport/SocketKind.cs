namespace Notebooks.Jupyter.Transport;

/// <summary>The kernel's message sockets.</summary>
internal enum SocketKind
{
    /// <summary>Requests from every client (ROUTER).</summary>
    Shell,

    /// <summary>Interrupts, shutdowns and other requests that jump the shell's queue (ROUTER).</summary>
    Control,

    /// <summary>Input requests to the front end (ROUTER).</summary>
    Stdin,

    /// <summary>Broadcast outputs and status (PUB).</summary>
    IOPub,
}
