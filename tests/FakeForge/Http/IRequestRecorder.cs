namespace FakeForge.Http;

/// <summary>Where <see cref="RequestLogMiddleware"/> writes, so every fake forge keeps a request log the same way.</summary>
internal interface IRequestRecorder
{
    void Record(RecordedRequest request);
}
