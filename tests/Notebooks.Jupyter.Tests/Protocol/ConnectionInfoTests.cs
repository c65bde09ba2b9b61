using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Tests.Protocol;

public sealed class ConnectionInfoTests
{
    [Fact]
    public void Read_ConnectionFile_HasPortsKeyAndAddresses()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "x"}
            """);

        var info = ConnectionInfo.Read(path);

        Assert.Equal("tcp://127.0.0.1:5001", info.Address(info.ShellPort));
        Assert.Equal(5005, info.HeartbeatPort);
        Assert.Equal("k", info.Key);
    }

    [Fact]
    public void Read_OtherSignatureScheme_Throws()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"signature_scheme": "hmac-md5", "transport": "tcp"}""");

        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Read(path));
        Assert.Contains("hmac-md5", error.Message, StringComparison.Ordinal);
    }
}
