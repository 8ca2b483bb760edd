namespace Kommunedigital.Core.Data;

/// <summary>
/// Holds the current <see cref="DataSnapshot"/> for the whole app (register as a singleton).
/// A snapshot is replaced whole, atomically, and only by a load that succeeded, so a reader never
/// sees half a dataset and a rejected file never replaces a good one.
/// </summary>
public sealed class DataStore
{
    private DataSnapshot? _current;
    private string? _lastError;

    /// <summary>The data being served, or null while nothing has loaded.</summary>
    public DataSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Why the last load failed (a message for operators), or null when it succeeded.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    /// <summary>Raised after <see cref="Current"/> changed; handlers run on the publishing thread.</summary>
    public event Action<DataSnapshot>? Changed;

    /// <summary>Makes <paramref name="snapshot"/> current and clears <see cref="LastError"/>.</summary>
    public void Publish(DataSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
        Volatile.Write(ref _lastError, null);
        Changed?.Invoke(snapshot);
    }

    /// <summary>
    /// Records a failed load; the current snapshot (if any) stays. With a snapshot, the app is degraded (serving
    /// a fallback, or the database unreachable); without one, nothing is served.
    /// </summary>
    public void ReportFailure(string message) => Volatile.Write(ref _lastError, message);

    /// <summary>Clears <see cref="LastError"/>: what failed works again, and the current snapshot stays.</summary>
    public void ClearFailure() => Volatile.Write(ref _lastError, null);
}
