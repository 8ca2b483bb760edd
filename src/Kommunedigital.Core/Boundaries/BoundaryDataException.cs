namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// A boundary file or the boundary manifest cannot be obtained or read. The message is meant for the
/// person running the app: it names the file and says what to do, so callers log or print it as is
/// (no stack trace). Every failure of the boundary pipeline surfaces as this type.
/// </summary>
public sealed class BoundaryDataException : Exception
{
    public BoundaryDataException(string message)
        : base(message)
    {
    }

    public BoundaryDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
