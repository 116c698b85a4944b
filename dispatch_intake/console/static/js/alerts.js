// A new critical call is heard and seen: two short tones made with Web Audio (no sound file)
// and a flash of the screen's edge and of the call's row in the queue.

const FLASH_MS = 4000;
const TONES = [
  { frequency: 880, start: 0, length: 0.18 },
  { frequency: 660, start: 0.24, length: 0.18 },
  { frequency: 880, start: 0.48, length: 0.28 },
];

let audio = null;

// Browsers let a page make sound only after a person acted on it: the sign-in keystroke opens
// the audio context, so later alerts can sound without another gesture.
export function unlockSound() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  try {
    audio = audio || new Context();
    if (audio.state === "suspended") audio.resume();
  } catch {
    audio = null;
  }
}

function sound() {
  if (!audio) unlockSound();
  if (!audio) return;
  const now = audio.currentTime;
  for (const tone of TONES) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "square";
    oscillator.frequency.value = tone.frequency;
    gain.gain.setValueAtTime(0.0001, now + tone.start);
    gain.gain.exponentialRampToValueAtTime(0.25, now + tone.start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + tone.start + tone.length);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(now + tone.start);
    oscillator.stop(now + tone.start + tone.length + 0.02);
  }
}

let flashTimer = null;

export function alertCritical(callId) {
  sound();
  const body = document.body;
  body.dataset.alertCount = String(Number(body.dataset.alertCount || 0) + 1);
  body.dataset.alertCall = callId;
  body.classList.remove("alerting");
  // Restart the animation for a second alert within the first.
  void body.offsetWidth;
  body.classList.add("alerting");
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => body.classList.remove("alerting"), FLASH_MS);
}
