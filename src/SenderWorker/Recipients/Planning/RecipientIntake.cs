using System.Runtime.CompilerServices;
using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients.Formats;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// Recipients in, planned rows out, for one run: opens the source, reads the header, settles the
/// columns and checks the message's variables (all campaign-level errors surface here, before any
/// row), then streams every row's outcome. <see cref="Summary"/> counts them as they pass.
/// </summary>
public sealed class RecipientIntake : IAsyncDisposable
{
    private readonly IRecipientRowReader _reader;
    private readonly RecipientPlanner _planner;
    private readonly RecipientSummaryBuilder _summary = new();

    private RecipientIntake(IRecipientRowReader reader, RecipientColumns columns, RecipientPlanner planner)
    {
        _reader = reader;
        Columns = columns;
        _planner = planner;
    }

    /// <summary>The columns in use.</summary>
    public RecipientColumns Columns { get; }

    /// <summary>The counts so far; final once <see cref="PlanAsync"/> has been enumerated to the end.</summary>
    public RecipientSummary Summary => _summary.Build(_reader.File, _reader.Description, Columns.PhoneChoice,
        _reader.BlankRowsSkipped, _reader.FallbackBytes);

    /// <summary>Opens the snapshot's recipients.</summary>
    /// <param name="snapshot">The run snapshot.</param>
    /// <param name="source">Its recipients source, from <see cref="RecipientSourceFactory"/>.</param>
    /// <param name="normalizer">Phone normalization.</param>
    /// <param name="limits">Reader caps.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="RecipientFileException">The source is unusable (unreachable, empty, binary, no phone column).</exception>
    /// <exception cref="PersonalizationException">The message names a variable no column or default provides.</exception>
    public static async Task<RecipientIntake> OpenAsync(CampaignRunSnapshot snapshot, IRecipientSource source,
        IPhoneNormalizer normalizer, RecipientReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(source);
        var settings = snapshot.Recipients;
        var stream = await source.OpenAsync(cancellationToken);
        var reader = await RecipientFileOpener.OpenAsync(stream, settings.Format, settings.Encoding, limits, cancellationToken);
        try
        {
            var columns = RecipientColumnResolver.Resolve(reader.File, reader.Headers, settings.Columns);
            var personalizer = MessagePersonalizer.Compile(snapshot.Message, snapshot.VariableDefaults, columns);
            var planner = new RecipientPlanner(columns, normalizer, settings.DefaultRegion ?? "", personalizer);
            return new RecipientIntake(reader, columns, planner);
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Counts a row <see cref="PlanAsync"/> gave as valid as a duplicate instead: the claim script
    /// found an earlier row of the run with the same recipient (see <see cref="RecipientPlanner"/>).
    /// </summary>
    public void CountDuplicate() => _summary.ValidTurnedDuplicate();

    /// <summary>Streams each row's outcome, in file order; enumerate once.</summary>
    public async IAsyncEnumerable<PlannedRecipient> PlanAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in _reader.ReadRowsAsync(cancellationToken))
        {
            var planned = _planner.Plan(row);
            _summary.Add(planned);
            yield return planned;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _reader.DisposeAsync();
}
