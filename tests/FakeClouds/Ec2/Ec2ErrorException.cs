namespace FakeClouds.Ec2;

internal sealed class Ec2ErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
