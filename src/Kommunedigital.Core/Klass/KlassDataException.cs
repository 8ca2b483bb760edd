namespace Kommunedigital.Core.Klass;

/// <summary>
/// A KLASS file or the KLASS manifest cannot be found, read or trusted. The message is meant for the person
/// running the app: it names the file and says what to do, so callers log or print it as is (no stack trace).
/// Every failure of the KLASS pipeline (manifest, mirror, checksum, parsing, consistency with the boundary
/// sets) surfaces as this type.
/// </summary>
public sealed class KlassDataException : Exception
{
    public KlassDataException(string message)
        : base(message)
    {
    }

    public KlassDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
