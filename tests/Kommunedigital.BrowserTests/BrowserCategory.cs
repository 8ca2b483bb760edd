// Every test here needs Chromium: `dotnet test --filter Category!=Browser` runs everything else without it.
[assembly: AssemblyTrait("Category", "Browser")]
