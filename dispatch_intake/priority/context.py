"""What the words around a match in its clause say of it: denied (没有 …), said of the past
(以前得过 …, … 病史), the patient's usual complaint (老毛病了), or a degree (有点, 厉害)."""

from __future__ import annotations

import functools

from dispatch_intake.priority.clauses import Clause, ClauseReader
from dispatch_intake.priority.matching import Match
from dispatch_intake.priority.rules import TriageConfig


class ClauseContext:
    """The rules' cue words, read around a match."""

    def __init__(self, config: TriageConfig, reader: ClauseReader) -> None:
        self.config = config
        self.reader = reader
        # Cues are looked for in clauses whose fillers are gone: so must they be.
        language = config.language
        self._past = self._without_fillers(language.past_history)
        self._past_after = self._without_fillers(language.past_history_after)
        self._past_last = self._without_fillers(language.past_history_last)
        self.usual = self._without_fillers(language.as_usual)
        degree = config.degree
        # A sign is mild after a `mild` word or a `not_very` one (有点疼, 不怎么疼).
        self.mild_words = degree.mild_words
        self._not_cue_words = (
            *degree.severe,
            *self.mild_words,
            *degree.not_severe,
            *language.not_denials,
        )
        # Every match of a clause asks for the same spans: found once per clause text.
        self._not_cues = functools.lru_cache(maxsize=64)(self._find_not_cues)

    def _find_not_cues(self, text: str) -> list[tuple[int, int]]:
        """Spans of the degree words and the words that only look like denials in a clause."""
        spans: list[tuple[int, int]] = []
        for word in self._not_cue_words:
            found = text.find(word)
            while found != -1:
                spans.append((found, found + len(word)))
                found = text.find(word, found + 1)
        return spans

    def _without_fillers(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in (self.reader.without_fillers(w) for w in words) if w)

    def in_the_past(self, clause: Clause, match: Match) -> bool:
        """A past-history cue before the match in its clause (她以前有癫痫), right after it
        (心梗病史), or ending the clause after it (心梗过): what the patient has had is not what
        is wrong now; read like a denial."""
        before = clause.span(0, match.start)
        after = clause.span(match.end, len(clause.tokens))
        if any(cue in before for cue in self._past) or any(
            after.startswith(cue) for cue in self._past_after
        ):
            return True
        # 没醒过 is never woke, not woke once: a denied sign ending in 过 is not history.
        said = before[-2:] + clause.span(match.start, match.end)
        denial = any(cue in said for negation in self.config.negation for cue in negation.cues)
        return after in self._past_last and not denial

    def as_usual(self, clause: Clause, match: Match) -> bool:
        """The clause says the complaint is the patient's usual one (头疼是老毛病了)."""
        before = clause.span(0, match.start)
        after = clause.span(match.end, len(clause.tokens))
        return any(cue in before or cue in after for cue in self.usual)

    def denied(self, clause: Clause, match: Match, taken: list[tuple[int, int]]) -> bool:
        """A negation cue shortly before the match, or (a concept) between its part and its
        state, in the same clause; cues inside other phrases are not cues (没反应 denies
        nothing after it)."""
        text = clause.text
        # Positions and characters agree except in Latin runs, which no cue contains.
        at = clause.offsets
        inner = (at[match.inner[0]], at[match.inner[1]]) if match.inner else None
        others = [(at[a], at[b]) for a, b in taken if (a, b) != (match.start, match.end)]
        if inner:
            # The concept's own part and state are not cues either (叫不醒, 不省人事).
            others += [(at[match.start], inner[0]), (inner[1], at[match.end])]
        targets = [at[match.start]] + ([inner[1]] if inner else [])
        # A state that is itself a "no" (没反应, 不醒) is not denied by a bare 不 or 没 before it,
        # nor before its part: callers do not deny a no that way (叫不行他没反应 is a slip of
        # 叫不醒, then 没反应; 抽了还没停叫她没反应 is a fit going on, then no answer); a denial
        # that names what it denies (不是没反应, 不是叫她没反应) still does.
        state = text[inner[1] : at[match.end]] if inner else ""
        said_no = any(state.startswith(c) for n in self.config.negation for c in n.cues)
        # A phrase that is itself a no (没放屁) is not denied by the same no said a word before
        # it: each no of a list is its own (没大便没放屁, 不吃不喝). Another no still denies it
        # (没人不舒服), and so does one right before it (没有不舒服).
        said = text[at[match.start] : at[match.end]]
        phrase_no = "" if inner else said[:1]
        # Nor is a degree word (特别 holds 别), nor a word that only looks like a denial.
        others += self._not_cues(text)
        ends = self.config.language.contrast
        for negation in self.config.negation:
            stops = (*negation.ends_at, *ends)
            for cue in negation.cues:
                for offset in targets:
                    if said_no and not negation.ends_at:
                        continue
                    position = text.rfind(cue, 0, offset)
                    while position != -1:
                        cue_end = position + len(cue)
                        inside = any(a <= position < b for a, b in others)
                        gap = text[cue_end:offset]
                        starts = negation.ends_at_phrase and any(
                            text.startswith(w, offset) for w in negation.ends_at
                        )
                        # A phrase that opens with a contrast word (不吃东西光吐) is past it.
                        starts = starts or any(text.startswith(w, offset) for w in ends)
                        # 不哭了 is said and done: what follows it is not denied (不哭了脸发青).
                        closed = any(w in gap[1:] for w in negation.closed_by)
                        closed = closed or (
                            cue[:1] == phrase_no and bool(gap) and not negation.ends_at
                        )
                        if (
                            not inside
                            and not starts
                            and not closed
                            and len(gap) <= negation.reach
                            and not any(w in gap for w in stops)
                            and not self._ended_by_a_longer_cue(text, position, cue, offset)
                        ):
                            return True
                        position = text.rfind(cue, 0, position)
        return False

    def _ended_by_a_longer_cue(self, text: str, position: int, cue: str, offset: int) -> bool:
        """A cue inside a longer one whose denial ended before the target (the 不 of 不是 in
        血不是流是喷: 不是 denies until 是, and so does the 不 inside it)."""
        for negation in self.config.negation:
            if not negation.ends_at:
                continue
            for longer in negation.cues:
                if len(longer) <= len(cue) or cue not in longer:
                    continue
                lowest = max(0, position - len(longer) + 1)
                start = text.rfind(longer, lowest, position + len(longer))
                if start == -1 or not start <= position < start + len(longer):
                    continue
                gap = text[start + len(longer) : offset]
                if any(w in gap for w in negation.ends_at):
                    return True
        return False

    @staticmethod
    def has_degree(
        clause: Clause,
        words: tuple[str, ...],
        match: Match,
        taken: list[tuple[int, int]],
        *,
        before_only: bool = False,
    ) -> bool:
        text = clause.text
        # Of a concept, a degree word before its state counts (胃有点不舒服).
        at = clause.offsets
        start = at[match.inner[1] if match.inner else match.start]
        for word in words:
            position = text.find(word)
            while position != -1:
                # A degree word that belongs to another phrase (一点反应都没有) is not one.
                inside_other = any(
                    (a, b) != (match.start, match.end) and at[a] <= position < at[b]
                    for a, b in taken
                )
                if not inside_other and (not before_only or position < start):
                    return True
                position = text.find(word, position + 1)
        return False

    def mild_right_after(self, clause: Clause, match: Match) -> bool:
        """A degree complement right after the match (高了一点, 肿了点): the sign is mild."""
        after = clause.span(match.end, len(clause.tokens))
        return any(after.startswith(word) for word in self.config.degree.mild_after)

    def eased(self, clause: Clause, match: Match, taken: list[tuple[int, int]]) -> bool:
        """A `not_very` word before the match and an `eased_after` word right after it
        (胸口不怎么疼了): the sign has eased, and is still there."""
        degree = self.config.degree
        after = clause.span(match.end, len(clause.tokens))
        return any(after.startswith(word) for word in degree.eased_after) and self.has_degree(
            clause, degree.not_very, match, taken, before_only=True
        )

    def inside_a_degree_word(self, clause: Clause, match: Match) -> bool:
        """The match is part of a longer degree word (停 in 停不下来): it says how much, not
        what."""
        text = clause.text
        start, end = clause.offsets[match.start], clause.offsets[match.end]
        for word in (*self.config.degree.severe, *self.mild_words):
            found = text.find(word)
            while found != -1:
                if found <= start and end <= found + len(word) and len(word) > end - start:
                    return True
                found = text.find(word, found + 1)
        return False
