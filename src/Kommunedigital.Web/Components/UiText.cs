namespace Kommunedigital.Web.Components;

/// <summary>
/// The type the page texts are looked up by (<c>IStringLocalizer&lt;UiText&gt;</c>): Resources/Components/UiText.resx is
/// bokmål (the neutral culture), UiText.en.resx English. Read through <see cref="PageText"/>, which picks the language
/// from the page's path.
/// </summary>
public sealed class UiText
{
    private UiText()
    {
    }
}
