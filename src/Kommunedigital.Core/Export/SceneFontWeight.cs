namespace Kommunedigital.Core.Export;

/// <summary>The two weights of the embedded Source Sans 3 that drawn exports use.</summary>
public enum SceneFontWeight
{
    Regular,
    Semibold,
}
