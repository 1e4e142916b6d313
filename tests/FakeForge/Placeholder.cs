namespace FakeForge;

internal static class Placeholder
{
}
