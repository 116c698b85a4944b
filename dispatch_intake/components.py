"""The loaded pieces every request works with, built once at start-up and kept on app.state."""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatch_intake.events.service import ChangeBroker
from dispatch_intake.locations.service import GazetteerLike, JurisdictionAreas, ResolutionMemo
from dispatch_intake.observability.metrics import IntakeMetrics
from dispatch_intake.priority.service import TriageRules, load_priority_rules
from dispatch_intake.prompts.service import PromptBook, load_prompt_book
from dispatch_intake.psaps.service import Psap, PsapDirectory, load_psaps
from dispatch_intake.questions.service import CaseEntryScript, load_case_entry_script
from dispatch_intake.settings import Settings


@dataclass
class Intake:
    settings: Settings
    gazetteer: GazetteerLike
    psaps: PsapDirectory
    prompts: PromptBook
    priority_rules: TriageRules
    script: CaseEntryScript
    areas: JurisdictionAreas
    broker: ChangeBroker
    metrics: IntakeMetrics
    # Assessments of what was said, kept for the same words again (see `ResolutionMemo`).
    resolutions: ResolutionMemo = field(default_factory=ResolutionMemo)

    @property
    def default_psap(self) -> Psap:
        psap = self.psaps.get(self.settings.default_psap or self.psaps.default_id or "")
        assert psap is not None  # checked by load_intake
        return psap


def load_intake(settings: Settings, gazetteer: GazetteerLike) -> Intake:
    """Read every configuration file, failing with a message that names the file and the fix."""
    from dispatch_intake.errors import SettingsError

    config = settings.config_dir
    psaps = load_psaps(config / "psaps.toml")
    default = settings.default_psap or psaps.default_id
    if default not in psaps:
        raise SettingsError(
            f"default_psap {default!r} is not in {config / 'psaps.toml'}; "
            f"known: {', '.join(psaps.ids)} (set DISPATCH_INTAKE_DEFAULT_PSAP)"
        )
    priority_rules = load_priority_rules(config / "priority.toml")
    script = load_case_entry_script(config, settings.language)
    script.check_signs(priority_rules.signs)
    return Intake(
        settings=settings,
        gazetteer=gazetteer,
        psaps=psaps,
        prompts=load_prompt_book(config, settings.language),
        priority_rules=priority_rules,
        script=script,
        areas=JurisdictionAreas(gazetteer),
        broker=ChangeBroker(),
        metrics=IntakeMetrics(),
    )
