/**
 * The parser of processing-time texts as procedure catalogues publish them, and the formatter back.
 *
 * @module
 */

import type { Issue, Result } from '@motcua/errors';
import { show as describeValue } from '../_lib/show';
import { formatClockTime } from '../_lib/zone';
import { isSlaError, SlaError, type SlaErrorCode } from '../errors';
import type { Locale } from '../types';
import {
  amountOf,
  kindOf,
  type LimitKind,
  MAX_AMOUNT,
  type ProcessingAllotment,
  type ProcessingAlternative,
  type ProcessingChannel,
  type ProcessingLimit,
  type ProcessingTime,
  readProcessingTime,
} from './value';

/** The longest text read (a published processing time is a sentence or two). */
const MAX_TEXT = 1000;

const foldCache = new Map<string, string>();
/** One character folded to one character: no diacritics, đ → d, lower case, any space → ' '. */
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    if (/[\s\u200b-\u200d\u2060\ufeff]/.test(c)) f = ' ';
    else {
      const base = c.normalize('NFD')[0] ?? c;
      const lower = (base === 'đ' || base === 'Đ' ? 'd' : base).toLowerCase();
      f = lower.length === 1 ? lower : base;
    }
    if (foldCache.size < 4096) foldCache.set(c, f);
  }
  return f;
}

/** Folds a text keeping its length, so that a span of the folded text is the same span of the text. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** A number written in (folded) Vietnamese words, 0–999 ("muoi lam" → 15), or `null`. */
function wordsToNumber(words: readonly string[]): number | null {
  const digit = (w: string | undefined) =>
    w !== undefined && Object.hasOwn(DIGIT_WORDS, w) ? (DIGIT_WORDS[w] as number) : undefined;
  let i = 0;
  let total = 0;
  if (words.length === 0) return null;
  if (words[1] === 'tram' && digit(words[0]) !== undefined) {
    total = (digit(words[0]) as number) * 100;
    i = 2;
    if (words[i] === 'linh' || words[i] === 'le') {
      const d = digit(words[i + 1]);
      return d !== undefined && i + 2 === words.length ? total + d : null;
    }
  }
  if (words[i] === 'muoi') {
    total += 10;
    i++;
  } else if (words[i + 1] === 'muoi' && digit(words[i]) !== undefined) {
    total += (digit(words[i]) as number) * 10;
    i += 2;
  }
  if (i < words.length) {
    const d = digit(words[i]);
    if (d === undefined) return null;
    total += d;
    i++;
  }
  return i === words.length ? total : null;
}

type Unit = Exclude<LimitKind, 'sameDay' | 'immediate' | 'noLimit'>;
const UNITS: ReadonlyArray<readonly [RegExp, Unit, number]> = [
  [/^ngay\s+lam\s+viec$|^ngay\s+lv$|^nlv$/, 'workingDays', 1],
  [/^gio\s+lam\s+viec$/, 'workingHours', 1],
  [/^phut\s+lam\s+viec$/, 'workingHours', 1 / 60],
  [/^ngay$/, 'days', 1],
  [/^gio$|^tieng$/, 'hours', 1],
  [/^phut$/, 'minutes', 1],
  [/^tuan(?:\s+le)?$/, 'weeks', 1],
  [/^thang$/, 'months', 1],
];
const DURATION =
  /(?<![\d/.,])(\d{1,7}(?:[.,]\d{1,3})?)\s*(ngay\s+lam\s+viec|ngay\s+lv|nlv|gio\s+lam\s+viec|phut\s+lam\s+viec|ngay|gio|tieng|phut|tuan(?:\s+le)?|thang)(?![a-z])/g;
const MARKER =
  /(?:^|[\s,:;(+\-–])(truong\s+hop|neu|doi\s+voi|rieng\s+(?:doi\s+voi|truong\s+hop|voi))(?![a-z])/g;

interface Atom {
  readonly type: 'duration' | 'cutoff' | 'sameDay' | 'immediate' | 'nextDay';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly limit?: ProcessingLimit;
  readonly minute?: number;
}

/** A parse failure: its code, the reason, and what was understood. */
interface Failure {
  readonly code:
    | 'UNKNOWN_PROCESSING_TIME'
    | 'PROCESSING_TIME_RANGE'
    | 'PROCESSING_TIME_UNSPECIFIED'
    | 'PROCESSING_TIME_SPLIT'
    | 'TOO_LARGE';
  readonly reason: string;
  readonly reasonVi: string;
  readonly understood: readonly string[];
}

const fail = (
  reason: string,
  reasonVi: string,
  understood: readonly string[],
  code: Failure['code'] = 'UNKNOWN_PROCESSING_TIME',
): Failure => ({ code, reason, reasonVi, understood });

/** Trims punctuation and the filler words around a condition or an agency. */
function trimFiller(orig: string): string {
  let t = orig;
  for (;;) {
    const f = fold(t);
    const lead = /^[\s,;:.+\-–—)(]+/.exec(f);
    const trail =
      /(?:[\s,;:.+\-–—)(]+|\s(?:thi|la|khong\s+qua|toi\s+da|trong\s+vong|trong\s+thoi\s+han|thoi\s+han(?:\s+giai\s+quyet)?(?:\s+la)?|duoc\s+keo\s+dai(?:\s+them)?|keo\s+dai(?:\s+them)?|them|tong\s+cong|trong))$/.exec(
        ` ${f}`,
      );
    if (lead) t = t.slice(lead[0].length);
    else if (trail && trail[0].length > 0)
      t = t.slice(0, t.length - Math.min(trail[0].length, t.length));
    else return t.trim();
    if (t === '') return t;
  }
}

function channelOf(folded: string): ProcessingChannel | undefined {
  // "không nộp trực tuyến", "xác minh qua hệ thống điện tử" do not name the channel of the dossier.
  if (/(?<![a-z])(?:khong|xac\s+minh)(?![a-z])/.test(folded)) return undefined;
  const online = /truc\s+tuyen|qua\s+mang|dich\s+vu\s+cong|dien\s+tu/.test(folded);
  const direct = /truc\s+tiep/.test(folded);
  const postal = /buu\s+chinh|buu\s+dien/.test(folded);
  if (online && !direct && !postal) return 'online';
  if (direct && !online && !postal) return 'direct';
  if (postal && !online && !direct) return 'postal';
  return undefined;
}

function parse(input: unknown): ProcessingTime | Failure {
  if (typeof input !== 'string' || input.trim() === '') return fail('empty', 'văn bản trống', []);
  // Catalogue texts are a sentence or two: refusing longer input keeps the parser linear.
  if (input.length > MAX_TEXT)
    return fail(`longer than ${MAX_TEXT} characters`, `dài hơn ${MAX_TEXT} ký tự`, [], 'TOO_LARGE');
  // Line breaks and bullets separate clauses; every other space is one space.
  const orig = input.normalize('NFC').replace(/[\r\n]/g, ';');
  let w = fold(orig);
  const blank = (a: number, b: number, keep?: string) => {
    const fill = keep === undefined ? ' '.repeat(b - a) : keep.padEnd(b - a, ' ');
    w = w.slice(0, a) + fill + w.slice(b);
  };
  const understood: string[] = [];

  // Legal number styles: "05 (năm)" and "Năm (05)"; the words must say the digits.
  for (const m of [...w.matchAll(/(\d+)\s*\(\s*([a-z]+(?:\s+[a-z]+){0,4})\s*\)/g)]) {
    const n = wordsToNumber((m[2] as string).split(/\s+/));
    if (n === null) continue;
    if (n !== Number(m[1]))
      return fail(
        `the number in words (${m[2]}) differs from the digits (${m[1]})`,
        `số viết bằng chữ (${m[2]}) khác số viết bằng chữ số (${m[1]})`,
        [m[0]],
      );
    blank(m.index + (m[1] as string).length, m.index + m[0].length);
  }
  for (const m of [...w.matchAll(/\(\s*(\d+)\s*\)/g)]) {
    const digits = m[1] as string;
    const before = w.slice(Math.max(0, m.index - 60), m.index);
    const tail = /((?:[a-z]+\s+){1,6})$/.exec(before);
    const words = tail ? (tail[1] as string).trim().split(/\s+/) : [];
    let used = 0;
    for (let k = 1; k <= words.length; k++)
      if (wordsToNumber(words.slice(words.length - k)) === Number(digits)) used = k;
    if (used === 0) {
      const last = words.at(-1);
      if (
        last !== undefined &&
        wordsToNumber([last]) !== null &&
        !['tu', 'sau', 'le', 'ba'].includes(last)
      )
        return fail(
          `the number in words (${last}) differs from the digits (${digits})`,
          `số viết bằng chữ (${last}) khác số viết bằng chữ số (${digits})`,
          [m[0]],
        );
      blank(m.index, m.index + m[0].length, digits);
      continue;
    }
    const pos = before.search(new RegExp(`${words.slice(words.length - used).join('\\s+')}\\s+$`));
    blank(m.index - before.length + pos, m.index + m[0].length, digits);
  }
  // Numbers in words before a unit ("ba ngày", "mười lăm ngày"); "tư" and "sáu" alone are
  // prepositions ("kể từ", "sau"), so they are read only inside a longer number.
  for (const m of [
    ...w.matchAll(
      /(?<![a-z])((?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|linh|le)\s+)+)(ngay|gio|thang|tuan|phut)(?![a-z])/g,
    ),
  ]) {
    let words = (m[1] as string).trim().split(/\s+/);
    // "sau mười ngày" is "after ten days": "sáu" and "tư" do not open a longer number; "thứ ba"
    // is a weekday.
    if (/(?<![a-z])thu\s*$/.test(w.slice(Math.max(0, m.index - 6), m.index))) continue;
    let skip = 0;
    while (words.length > 1 && (words[0] === 'sau' || words[0] === 'tu')) {
      const rest = (m[1] as string).slice(skip);
      skip += /^\S+\s+/.exec(rest)?.[0].length ?? 0;
      words = words.slice(1);
    }
    const n = wordsToNumber(words);
    if (
      n === null ||
      n === 0 ||
      (words.length === 1 && (words[0] === 'tu' || words[0] === 'sau' || words[0] === 'le'))
    )
      continue;
    blank(m.index + skip, m.index + (m[1] as string).length, `${n} `);
  }

  // Ranges and alternatives between numbers: no single limit to apply.
  const range =
    /(?<![a-z])tu\s+(\d+(?:[.,]\d+)?)\s*(?:[a-z]+\s+){0,3}den\s+(\d+)|(\d+)\s*(?:-|–|—|den)\s*(\d+)\s*(?:ngay|gio|thang|tuan|phut)|(\d+)\s*(?:(?:ngay(?:\s+lam\s+viec)?|gio|thang|tuan)\s+)?hoac\s+(\d+)/.exec(
      w,
    );
  const wordRange =
    /(?<![a-z])(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d+)\s+(?:ngay\s+(?:lam\s+viec\s+)?)?(?:hoac|den)\s+\d/.test(
      w,
    );
  if (range || wordRange)
    return fail(
      'a range or a choice of limits',
      'một khoảng hoặc nhiều thời hạn để lựa chọn',
      [...w.matchAll(DURATION)].map((d) => d[0]),
      'PROCESSING_TIME_RANGE',
    );

  // Exclusions: "(không kể thời gian niêm yết)".
  const excluding: string[] = [];
  for (const m of [
    ...w.matchAll(
      /\(?\s*(?:khong\s+(?:ke|tinh|bao\s+gom)|tru)\s+(thoi\s+gian\s+[^;().]*?)\s*(?:\)|;|\.|$)/g,
    ),
  ]) {
    const a = m.index + m[0].indexOf(m[1] as string);
    const text = trimFiller(orig.slice(a, a + (m[1] as string).length));
    if (/\d/.test(text))
      return fail(
        `a number inside an exclusion (${text})`,
        `có số trong phần không tính thời gian (${text})`,
        [m[0].trim()],
      );
    // An exclusion written inside a conditional clause belongs to that alternative, not to the
    // standard limit: the value cannot say so, so the text is refused.
    const before = w.slice(0, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
    if (
      /(?<![a-z])(?:truong\s+hop|neu|doi\s+voi)(?![a-z])/.test(clause) &&
      new RegExp(DURATION.source).test(clause)
    )
      return fail(
        `an exclusion inside a conditional clause (${text})`,
        `phần không tính thời gian nằm trong vế có điều kiện (${text})`,
        [m[0].trim()],
      );
    excluding.push(text);
    understood.push(m[0].trim());
    blank(m.index, m.index + m[0].length, ';');
  }
  const unread =
    /(?<![a-z])(?:khong\s+(?:ke|tinh|bao\s+gom)|tru\s+(?:thoi\s+gian|ngay|thu|cac|nhung))(?![a-z])/.exec(
      w,
    );
  if (unread)
    return fail(
      `an exclusion that is not a period of time (${unread[0]} …)`,
      `phần không tính không phải là một khoảng thời gian (${unread[0]} …)`,
      understood,
    );
  // Citations: "Điều 18", "Nghị định 23/2015/NĐ-CP".
  for (const m of [
    ...w.matchAll(
      /(?<![a-z])(?:dieu|khoan|diem|chuong|muc|so)\s+\d+[a-z]?(?![\d])|\d+\/\d{4}\/[a-z0-9-]+|\d+\/[a-z]+(?:-[a-z]+)+/g,
    ),
  ])
    blank(m.index, m.index + m[0].length);
  const noLimit = /(?<![a-z])khong\s+quy\s+dinh(?:\s+thoi\s+han)?(?![a-z])/.exec(w);
  if (noLimit) blank(noLimit.index, noLimit.index + noLimit[0].length);
  const unspecified = /(?<![a-z])theo\s+quy\s+dinh(?![a-z])/.test(w);
  let open: RegExpExecArray | null =
    /(?<![a-z])(?:theo\s+thoa\s+thuan|dai\s+hon|khoang|du\s+kien|it\s+nhat|toi\s+thieu|tro\s+len|tren\s+\d+|truoc\s+ngay|giam|rut\s+ngan)(?![a-z])/.exec(
      w,
    );
  // Counted from the receipt only: "kể từ ngày nhận đủ hồ sơ", not "kể từ ngày hết hạn niêm yết".
  for (const k of w.matchAll(/(?<![a-z])(?:ke\s+tu|tinh\s+tu)(?![a-z])[^;.()]*/g))
    if (
      !/nhan/.test(k[0]) ||
      /ket\s+qua|het|ket\s+thuc|niem\s+yet|tham\s+dinh|tiep\s+theo/.test(k[0])
    )
      open ??= k;
  if (open)
    return fail(
      `a limit that depends on an agreement or another date (${open[0]})`,
      `thời hạn phụ thuộc thỏa thuận hoặc một mốc khác (${open[0]})`,
      [open[0]],
    );

  const atoms: Atom[] = [];
  const take = (
    re: RegExp,
    make: (m: RegExpExecArray) => Omit<Atom, 'start' | 'end' | 'text'> | Failure,
  ) => {
    for (const m of [...w.matchAll(re)]) {
      const a = make(m as RegExpExecArray);
      if ('reason' in a) return a;
      atoms.push({
        ...a,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0].replace(/\s+/g, ' ').trim(),
      });
      blank(m.index, m.index + m[0].length);
    }
    return null;
  };
  const f1 = take(
    /(?<![a-z])(truoc|sau|tu)\s+(\d{1,2})\s*(?:gio(?![a-z])|h(?![a-z])|:)(?:\s*(\d{1,2})(?:\s*phut)?)?(?:\s+tro\s+(?:di|ve\s+sau))?/g,
    (m) => {
      const h = Number(m[2]);
      const min = Number(m[3] ?? 0);
      if (h > 24 || min > 59 || (h === 24 && min > 0))
        return fail(`bad cutoff ${m[0]}`, `giờ chốt không hợp lệ ${m[0]}`, [m[0]]);
      // "trả kết quả trước 16 giờ" is when the result is due, not a cutoff of the receipt; "3 giờ
      // chiều" is not 03:00.
      if (
        /tra(?:\s+ket\s+qua)?\s*$/.test(w.slice(Math.max(0, m.index - 16), m.index)) ||
        /^\s*(?:chieu|toi|sang|trua)(?![a-z])/.test(w.slice(m.index + m[0].length))
      )
        return fail(
          `a time of day that is not a cutoff (${m[0]})`,
          `giờ trong ngày không phải giờ chốt (${m[0]})`,
          [m[0]],
        );
      return { type: 'cutoff', minute: h * 60 + min };
    },
  );
  if (f1) return f1;
  take(
    /(?<![a-z])(?:trong\s+)?(?:ngay\s+lam\s+viec|ngay)\s+(?:lam\s+viec\s+)?(?:tiep\s+theo|ke\s+tiep)(?![a-z])/g,
    () => ({ type: 'nextDay' }),
  );
  const f2 = take(DURATION, (m) => {
    const raw = m[1] as string;
    const unit = (m[2] as string).replace(/\s+/g, ' ');
    const after = w.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^\s*\(?\s*(?:lam|lv|l\s*[/.]\s*v|hanh\s+chinh|cong)(?![a-z])/.test(after))
      return fail(
        `a unit not understood (${m[0]}${after.trimEnd()})`,
        `đơn vị không rõ (${m[0]}${after.trimEnd()})`,
        [m[0]],
      );
    if (/^\d+\.\d{3}$/.test(raw))
      return fail(
        `a thousands separator or a decimal? (${raw})`,
        `dấu phân cách hàng nghìn hay số thập phân? (${raw})`,
        [m[0]],
      );
    const entry = UNITS.find(([re]) => re.test(unit));
    if (!entry) return fail(`unknown unit ${unit}`, `đơn vị không rõ ${unit}`, [m[0]]);
    const [, kind, factor] = entry;
    const n = Number(raw.replace(',', '.')) * factor;
    const max = MAX_AMOUNT[kind] ?? 0;
    if (!(n > 0 && n <= max))
      return fail(
        `amount out of range (more than 0, at most ${max})`,
        `số lượng ngoài khoảng cho phép (lớn hơn 0, không quá ${max})`,
        [m[0]],
      );
    if (
      !Number.isInteger(n) &&
      (kind === 'days' || kind === 'weeks' || kind === 'months' || kind === 'minutes')
    )
      return fail(`a fraction of ${kind}`, `số lẻ của ${unit}`, [m[0]]);
    return { type: 'duration', limit: { [kind]: n } as ProcessingLimit };
  });
  if (f2) return f2;
  take(/(?<![a-z])(?:ngay\s+)?trong\s+ngay(?:\s+lam\s+viec)?(?![a-z])/g, () => ({
    type: 'sameDay',
  }));
  take(
    /(?<![a-z])(?:(?:giai\s+quyet|tra\s+ket\s+qua|tra|tiep\s+nhan|cap|xu\s+ly|thuc\s+hien)\s+)?ngay(?:\s+sau\s+khi|\s+khi|\s+lap\s+tuc|\s+tai\s+cho)(?![a-z])|(?<![a-z])(?:giai\s+quyet|tra\s+ket\s+qua|tra)\s+ngay(?![a-z])/g,
    (m) => {
      // Folding made "ngày" (day) and "ngay" (at once) alike: the original must say "ngay".
      const at = m.index + m[0].search(/ngay/);
      return /^ngay$/i.test(orig.slice(at, at + 4))
        ? { type: 'immediate' }
        : fail(`"ngày" is not "ngay" (${m[0]})`, `"ngày" không phải "ngay" (${m[0]})`, [m[0]]);
    },
  );
  understood.push(...atoms.map((a) => a.text));
  understood.sort();

  // Per-agency split: "20 ngày làm việc, trong đó: Sở Xây dựng 15 ngày làm việc, UBND tỉnh 05 …".
  const split = /(?<![a-z])trong\s+do(?![a-z])/.exec(w);
  const end = split ? split.index : w.length;

  // Clauses: split at ';', '.', parentheses and condition markers.
  const cuts = new Set<number>([0, end]);
  for (let i = 0; i < end; i++) if (/[;.()[\]]/.test(w[i] as string)) cuts.add(i);
  for (const m of w.slice(0, end).matchAll(MARKER)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    // A condition right after a limit qualifies it ("15 ngày đối với nhà ở riêng lẻ"): same clause.
    if (
      atoms.some(
        (x) =>
          x.type === 'duration' &&
          x.end <= at &&
          /^\s*doi\s+voi(?:\s+(?:cac|nhung))?(?:\s+truong\s+hop)?\s*$|^\s*$/.test(
            w.slice(
              x.end,
              at + (w.slice(at).match(/^(?:doi\s+voi|truong\s+hop|neu)/)?.[0].length ?? 0),
            ),
          ),
      )
    )
      continue;
    cuts.add(at);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  let standard: ProcessingLimit | undefined;
  let standardText = '';
  let cutoff: number | undefined;
  let nextDayWithoutCutoff = false;
  const alternatives: {
    condition: string;
    limit: ProcessingLimit;
    additive: boolean;
    extension: boolean;
    text: string;
  }[] = [];
  for (let b = 0; b < bounds.length - 1; b++) {
    const a0 = bounds[b] as number;
    const a1 = bounds[b + 1] as number;
    const seg = w.slice(a0, a1);
    const inSeg = atoms.filter((x) => x.start >= a0 && x.end <= a1);
    const conditional =
      /(?:^|[^a-z])(truong\s+hop|neu|doi\s+voi|rieng\s+(?:doi\s+voi|truong\s+hop|voi))(?![a-z])/.test(
        seg,
      ) ||
      /^[\s,;:+\-–.]*(?:nop\s+|ho\s+so\s+|qua\s+|hinh\s+thuc\s+)?(?:truc\s+tuyen|truc\s+tiep|(?:dich\s+vu\s+)?buu\s+chinh)\s*:/.test(
        seg,
      );
    if (!conditional && /(?<![a-z])(them|keo\s+dai|gia\s+han)(?![a-z])/.test(seg))
      return fail(
        'an extension without the limit it extends',
        'thời gian kéo dài nhưng không có thời hạn được kéo dài',
        understood,
      );
    const limits = inSeg.filter(
      (x) => x.type === 'duration' || x.type === 'sameDay' || x.type === 'immediate',
    );
    const cut = inSeg.find((x) => x.type === 'cutoff');
    const nextDay = inSeg.some((x) => x.type === 'nextDay');
    if (/\d/.test(seg) && !(conditional && limits.length === 1))
      return fail(
        `a number that is not a limit (${seg.trim()})`,
        `có số không phải thời hạn (${orig.slice(a0, a1).trim()})`,
        understood,
      );
    if (limits.length > 1)
      return fail('several limits in one clause', 'nhiều thời hạn trong một vế', understood);
    if (cut) {
      if (limits.length > 0 && limits[0]?.type !== 'sameDay')
        return fail(
          'a cutoff on a limit that is not the same day',
          'giờ chốt cho thời hạn không phải trong ngày',
          understood,
        );
      if (cutoff !== undefined && cutoff !== cut.minute)
        return fail('two different cutoffs', 'hai giờ chốt khác nhau', understood);
      cutoff = cut.minute;
      if (limits.length === 0) continue;
    } else if (nextDay && limits.length === 0) {
      if (conditional)
        return fail(
          'the next working day without a cutoff',
          'ngày làm việc tiếp theo nhưng không có giờ chốt',
          understood,
        );
      nextDayWithoutCutoff = true;
      continue;
    }
    const lim = limits[0];
    if (lim === undefined) {
      if (conditional)
        return fail(
          `a condition without a limit (${orig.slice(a0, a1).trim()})`,
          `điều kiện không kèm thời hạn (${orig.slice(a0, a1).trim()})`,
          understood,
        );
      continue;
    }
    const limit: ProcessingLimit =
      lim.type === 'duration'
        ? (lim.limit as ProcessingLimit)
        : lim.type === 'immediate'
          ? { immediate: true }
          : { sameDay: { cutoff: '24:00' } };
    // A label before the limit ("Cá nhân cư trú trong tỉnh: 17 ngày") names a case, unless it only
    // names the limit itself ("Thời hạn giải quyết: 05 ngày").
    const label = /([a-z][a-z\s,]*):\s*$/.exec(w.slice(a0, lim.start))?.[1] ?? '';
    const labelled =
      label
        .replace(
          /(?<![a-z])(thoi\s+han|thoi\s+gian|giai\s+quyet|xu\s+ly|thuc\s+hien|tra\s+ket\s+qua|tthc|thu\s+tuc)(?![a-z])/g,
          '',
        )
        .trim() !== '';
    // A labelled clause without a condition ("Niêm yết: 07 ngày", "Cấp mới: 05 ngày") names a case
    // or a stage of the procedure, not an alternative to a standard limit: never guessed.
    if (labelled && !conditional)
      return fail(
        `a labelled limit, a case or a stage (${label.trim()}): which applies cannot be told`,
        `thời hạn có nhãn, là một trường hợp hoặc một giai đoạn (${orig
          .slice(a0, lim.start)
          .replace(/[:\s]+$/, '')
          .trim()}): không xác định được thời hạn áp dụng`,
        understood,
      );
    if (conditional) {
      const before = orig.slice(a0, lim.start);
      const after = orig.slice(lim.end, a1);
      const condition = trimFiller(`${trimFiller(before)} ${trimFiller(after)}`);
      alternatives.push({
        condition,
        limit,
        additive: /(?<![a-z])(?:keo\s+dai|gia\s+han|tang|cong)\s+them(?![a-z])/.test(fold(before)),
        extension: /(?<![a-z])(?:keo\s+dai|gia\s+han)(?![a-z])/.test(fold(before)),
        text: lim.text,
      });
    } else {
      if (standard !== undefined)
        return fail(
          'two limits without a condition',
          'hai thời hạn không kèm điều kiện',
          understood,
        );
      standard = limit;
      standardText = lim.text;
    }
  }
  if (standard === undefined && nextDayWithoutCutoff && cutoff === undefined)
    standard = { sameDay: { cutoff: '00:00' } };
  else if (nextDayWithoutCutoff && cutoff === undefined)
    return fail(
      'the next working day beside another limit, without a cutoff',
      'ngày làm việc tiếp theo cùng một thời hạn khác, không có giờ chốt',
      understood,
    );
  if (standard === undefined) {
    if (noLimit && alternatives.length === 0 && atoms.length === 0) standard = { noLimit: true };
    else if (unspecified && atoms.length === 0)
      return fail(
        'defers to other rules',
        'dẫn chiếu quy định khác, không nêu thời hạn',
        [],
        'PROCESSING_TIME_UNSPECIFIED',
      );
    else if (alternatives.length > 0)
      return fail(
        'only conditional limits, no standard one',
        'chỉ có thời hạn theo điều kiện, không có thời hạn chung',
        understood,
      );
    else return fail('no duration', 'không có thời hạn', understood);
  }
  if (noLimit && !('noLimit' in standard))
    return fail(
      '"không quy định" beside a limit',
      '"không quy định" cùng với một thời hạn',
      understood,
    );
  if (cutoff !== undefined) {
    if (!('sameDay' in standard))
      return fail(
        'a cutoff on a limit that is not the same day',
        'giờ chốt cho thời hạn không phải trong ngày',
        understood,
      );
    standard = { sameDay: { cutoff: formatClockTime(cutoff) } };
  }
  const alts: ProcessingAlternative[] = [];
  for (const a of alternatives) {
    let limit = a.limit;
    if (!a.additive && a.extension)
      return fail(
        `an extension that does not say whether it adds to the limit (${a.condition})`,
        `thời gian kéo dài không rõ là cộng thêm hay tổng thời hạn (${a.condition})`,
        understood,
      );
    if (a.additive) {
      const k = kindOf(limit);
      const base = amountOf(standard);
      if (base === null || kindOf(standard) !== k)
        return fail(
          `an extension (${a.text}) of a different kind than the standard limit (${standardText})`,
          `thời gian kéo dài (${a.text}) khác loại với thời hạn chung (${standardText})`,
          understood,
        );
      limit = { [k]: base + (amountOf(limit) ?? 0) } as ProcessingLimit;
    }
    const channel = channelOf(fold(a.condition));
    alts.push({ condition: a.condition, ...(channel === undefined ? {} : { channel }), limit });
  }

  let allotments: ProcessingAllotment[] | undefined;
  if (split) {
    allotments = [];
    const rest = w.slice(split.index + split[0].length);
    const base = split.index + split[0].length;
    const parts: [number, number][] = [];
    let from = 0;
    for (let i = 0; i <= rest.length; i++)
      if (i === rest.length || /[,;+]/.test(rest[i] as string)) {
        parts.push([base + from, base + i]);
        from = i + 1;
      }
    for (const [a0, a1] of parts) {
      const inPart = atoms.filter((x) => x.start >= a0 && x.end <= a1);
      const seg = w.slice(a0, a1);
      if (inPart.length === 0 && seg.trim().replace(/^[:\s-]+/, '') === '') continue;
      const d = inPart[0];
      if (inPart.length !== 1 || d?.type !== 'duration' || /\d/.test(seg))
        return fail(
          'an allotment that is not one agency and one limit',
          'phần phân bổ không gồm một cơ quan và một thời hạn',
          understood,
          'PROCESSING_TIME_SPLIT',
        );
      const agency = trimFiller(
        `${trimFiller(orig.slice(a0, d.start))} ${trimFiller(orig.slice(d.end, a1))}`,
      );
      if (agency === '')
        return fail(
          'an allotment without an agency',
          'phần phân bổ không nêu cơ quan',
          understood,
          'PROCESSING_TIME_SPLIT',
        );
      allotments.push({ agency, limit: d.limit as ProcessingLimit });
    }
    const total = amountOf(standard);
    const sum = allotments.reduce((x, a) => x + (amountOf(a.limit) ?? Number.NaN), 0);
    if (
      allotments.length === 0 ||
      total === null ||
      allotments.some((a) => kindOf(a.limit) !== kindOf(standard as ProcessingLimit)) ||
      Math.abs(sum - total) > 1e-9
    )
      return fail(
        `the allotments (${allotments.map((a) => `${a.agency} ${formatLimit(a.limit, 'en')}`).join(', ')}) do not add up to the total`,
        `các phần phân bổ (${allotments.map((a) => `${a.agency} ${formatLimit(a.limit, 'vi')}`).join(', ')}) không cộng lại bằng tổng thời hạn`,
        understood,
        'PROCESSING_TIME_SPLIT',
      );
  }
  return {
    ...standard,
    ...(alts.length > 0 ? { alternatives: alts } : {}),
    ...(excluding.length > 0 ? { excluding } : {}),
    ...(allotments ? { allotments } : {}),
  } as ProcessingTime;
}

/**
 * Parses a processing-time text as procedure catalogues publish it, and never guesses: every number
 * and every clause is understood, or the text is refused with what was understood.
 *
 * Read (with or without diacritics, in any case and spacing):
 * - working days and hours, with decimals (`"0,5 ngày làm việc"` is half the calendar's standard
 *   day), legal number styles (`"05 (năm)"`, `"Năm (05)"`, `"ba ngày"`) and `"ngày LV"`;
 * - calendar days, weeks and months (`"30 ngày"`, `"02 tuần"`, `"03 tháng kể từ …"`);
 * - clock hours and minutes (`"Trong thời hạn 24 giờ"`, `"Không quá 30 phút"`); `"giờ làm việc"` is
 *   working hours;
 * - same-day limits and their cutoff in any spelling (`"Trong ngày"`, `"nếu nộp hồ sơ trước 15
 *   giờ"`, `"sau 15h00 thì … ngày làm việc tiếp theo"`, `"15 giờ 30 phút"`), `"Trong ngày làm việc
 *   tiếp theo"` (cutoff `'00:00'`), and immediate limits (`"Giải quyết ngay"`, `"Ngay sau khi nhận
 *   đủ hồ sơ"`);
 * - alternatives: a clause with a condition (`"trường hợp …"`, `"nếu …"`, `"đối với …"`) and its
 *   limit, kept beside the standard limit with the condition's words and, when it names one, its
 *   channel; `"kéo dài thêm 02 ngày"` adds to the standard;
 * - exclusions (`"(không kể thời gian niêm yết)"`) and per-agency splits (`"…, trong đó: Sở Xây
 *   dựng 15 ngày làm việc, UBND tỉnh 05 ngày làm việc"`), which must add up to the total;
 * - `"Không quy định"` as `{ noLimit: true }`.
 *
 * Refused: ranges and choices (`"Từ 05 đến 07 ngày"`, `"05 hoặc 10 ngày"`:
 * `PROCESSING_TIME_RANGE`), `"Theo quy định"` (`PROCESSING_TIME_UNSPECIFIED`), splits that do not
 * add up (`PROCESSING_TIME_SPLIT`), and anything else not fully understood (a number that is not a
 * limit, two limits without a condition, a condition without a limit: `UNKNOWN_PROCESSING_TIME`).
 *
 * @param text - The published text (at most 1,000 characters).
 * @returns The processing time.
 * @throws {SlaError} One of the codes above, with `details.reason` and `details.understood`.
 * @example
 * ```ts
 * import { parseProcessingTime } from '@motcua/sla';
 * parseProcessingTime('05 ngày làm việc'); //=> { workingDays: 5 }
 * parseProcessingTime('0,5 ngày làm việc'); //=> { workingDays: 0.5 }
 * parseProcessingTime('Trong ngày làm việc (nếu nộp hồ sơ trước 15 giờ)'); //=> { sameDay: { cutoff: '15:00' } }
 * parseProcessingTime('Trong thời hạn 24 giờ'); //=> { hours: 24 }
 * parseProcessingTime('Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc');
 * //=> { sameDay: { cutoff: '24:00' }, alternatives: [{ condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } }] }
 * ```
 * @category Deadlines
 */
export function parseProcessingTime(text: string): ProcessingTime {
  const r = parse(text);
  if ('reason' in r) {
    const understood = r.understood.join(', ');
    throw new SlaError(
      r.code,
      {
        en: `parseProcessingTime: cannot read the processing time ${describeValue(text)} (${r.reason}; understood: ${understood || 'nothing'})`,
        vi: `parseProcessingTime: không đọc được thời hạn giải quyết ${describeValue(text)} (${r.reasonVi}; đã hiểu: ${understood || 'không có gì'})`,
      },
      {
        text: typeof text === 'string' ? text.slice(0, 200) : text,
        reason: r.reason,
        understood: r.understood,
      },
    );
  }
  return r;
}

/**
 * Why a processing-time text was refused, and what the parser did understand of it.
 *
 * @example
 * ```ts
 * import type { ProcessingTimeIssue } from '@motcua/sla';
 * const i: ProcessingTimeIssue = { path: [], code: 'UNKNOWN_PROCESSING_TIME', message: 'không đọc được…', understood: ['05 ngay'] };
 * ```
 * @category Deadlines
 */
export interface ProcessingTimeIssue extends Issue<SlaErrorCode> {
  /** The parts of the text that were understood (normalised). */
  readonly understood: readonly string[];
}

/**
 * {@link parseProcessingTime} without throwing: the value, or one issue that says why the text was
 * refused and what was understood of it.
 *
 * @param text - The published text.
 * @param options - The language of the message (default `'vi'`).
 * @returns `{ ok: true, value }` or `{ ok: false, issues: [{ path: [], code, message, understood }] }`.
 * @example
 * ```ts
 * import { safeParseProcessingTime } from '@motcua/sla';
 * safeParseProcessingTime('Theo quy định').ok; //=> false
 * const r = safeParseProcessingTime('05 ngày hoặc 10 ngày');
 * !r.ok && r.issues[0]?.understood; //=> ['05 ngay', '10 ngay']
 * ```
 * @category Deadlines
 */
export function safeParseProcessingTime(
  text: string,
  options?: { readonly locale?: Locale | undefined },
): Result<ProcessingTime, ProcessingTimeIssue> {
  try {
    return { ok: true, value: parseProcessingTime(text) };
  } catch (e) {
    if (!isSlaError(e)) throw e;
    const understood = e.details['understood'];
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: e.code,
          message: options?.locale === 'en' ? e.message : e.messageVi,
          understood: Array.isArray(understood) ? (understood as string[]) : [],
        },
      ],
    };
  }
}

const pad = (n: number) => (Number.isInteger(n) && n < 10 ? `0${n}` : `${n}`);
const viNumber = (n: number) => pad(n).replace('.', ',');

const NAMES: Readonly<Record<string, readonly [string, string, string]>> = {
  workingDays: ['ngày làm việc', 'working day', 'working days'],
  workingHours: ['giờ làm việc', 'working hour', 'working hours'],
  days: ['ngày', 'day', 'days'],
  weeks: ['tuần', 'week', 'weeks'],
  months: ['tháng', 'month', 'months'],
  hours: ['giờ', 'hour', 'hours'],
  minutes: ['phút', 'minute', 'minutes'],
};

/** One limit in words. */
function formatLimit(pt: ProcessingLimit, locale: Locale): string {
  const vi = locale === 'vi';
  const k = kindOf(pt);
  if (k === 'noLimit') return vi ? 'Không quy định' : 'No statutory limit';
  if (k === 'immediate') return vi ? 'Giải quyết ngay' : 'Immediately';
  if (k === 'sameDay') {
    const c = (pt as { sameDay: { cutoff: string } }).sameDay.cutoff;
    if (c === '24:00') return vi ? 'Trong ngày làm việc' : 'The same working day';
    if (c === '00:00') return vi ? 'Trong ngày làm việc tiếp theo' : 'By the next working day';
    return vi
      ? `Trong ngày; nếu tiếp nhận sau ${c} thì trả kết quả trong ngày làm việc tiếp theo`
      : `The same working day; if received after ${c}, the next working day`;
  }
  const n = amountOf(pt) ?? 0;
  const [v, one, many] = NAMES[k] ?? ['', '', ''];
  return vi ? `${viNumber(n)} ${v}` : `${n} ${n === 1 ? one : many}`;
}

/**
 * Formats a processing time as catalogues write it, in Vietnamese (default) or English: the
 * standard limit, then the alternatives, exclusions and per-agency allotments. The Vietnamese text
 * parses back to the same value.
 *
 * @param pt - The processing time.
 * @param locale - `'vi'` or `'en'`.
 * @returns The text.
 * @throws {SlaError} `INVALID_ARGUMENT` when `pt` is not a processing time.
 * @example
 * ```ts
 * import { formatProcessingTime } from '@motcua/sla';
 * formatProcessingTime({ workingDays: 5 }); //=> '05 ngày làm việc'
 * formatProcessingTime({ workingDays: 0.5 }); //=> '0,5 ngày làm việc'
 * formatProcessingTime({ months: 2 }, 'en'); //=> '2 months'
 * formatProcessingTime({ sameDay: { cutoff: '15:00' } }, 'en'); //=> 'The same working day; if received after 15:00, the next working day'
 * formatProcessingTime({ sameDay: { cutoff: '24:00' }, alternatives: [{ condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } }] });
 * //=> 'Trong ngày làm việc; trường hợp cần xác minh thì 05 ngày làm việc'
 * ```
 * @category Deadlines
 */
export function formatProcessingTime(pt: ProcessingTime, locale: Locale = 'vi'): string {
  const v = readProcessingTime(pt, 'formatProcessingTime');
  const vi = locale === 'vi';
  let out = formatLimit(v, locale);
  if (v.allotments)
    out += vi
      ? `, trong đó: ${v.allotments.map((a) => `${a.agency} ${formatLimit(a.limit, 'vi')}`).join(', ')}`
      : `, of which: ${v.allotments.map((a) => `${a.agency} ${formatLimit(a.limit, 'en')}`).join(', ')}`;
  for (const e of v.excluding ?? []) out += vi ? ` (không kể ${e})` : ` (not counting “${e}”)`;
  for (const a of v.alternatives ?? [])
    out += vi
      ? `; ${a.condition} thì ${formatLimit(a.limit, 'vi')}`
      : `; if “${a.condition}”: ${formatLimit(a.limit, 'en')}`;
  return out;
}
