// AssemblyScript source of the exp probes that bench/probes/expProbe.ts times (`npm run bench:exp`), compiled once to exp.wasm with
//   npx --yes --package assemblyscript@0.28.20 asc bench/probes/exp.as.ts -O3 --runtime stub --noAssert --importMemory --enable simd -o bench/probes/exp.wasm
// 1. fdExp: V8's exp (fdlibm, as in src/base/ieee754.cc) ported line by line; bit-identical to Math.exp.
// 2. expV: a two-lane SIMD exp (Cody-Waite reduction, degree-13 Taylor polynomial), not bit-identical.
// Neither is used by the engine.
@inline function highWord(x: f64): i32 { return <i32>(reinterpret<u64>(x) >>> 32); }
@inline function lowWord(x: f64): u32 { return <u32>reinterpret<u64>(x); }

const halfPos: f64 = 0.5;
const oThreshold: f64 = 7.09782712893383973096e+02;
const uThreshold: f64 = -7.45133219101941108420e+02;
const ln2Hi: f64 = 6.93147180369123816490e-01;
const ln2Lo: f64 = 1.90821492927058770002e-10;
const invLn2: f64 = 1.44269504088896338700e+00;
const P1: f64 = 1.66666666666666019037e-01;
const P2: f64 = -2.77777777770155933842e-03;
const P3: f64 = 6.61375632143793436117e-05;
const P4: f64 = -1.65339022054652515390e-06;
const P5: f64 = 4.13813679705723846039e-08;
const E: f64 = 2.718281828459045;
const huge: f64 = 1.0e+300;
const twom1000: f64 = 9.33263618503218878990e-302;
const two1023: f64 = 8.98846567431157953865e+307;

@inline export function fdExp(x: f64): f64 {
  let hi: f64 = 0, lo: f64 = 0, t: f64, c: f64, y: f64, twopk: f64;
  let k: i32 = 0;
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862E42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) != 0) return x + x;
      return xsb == 0 ? x : 0.0;
    }
    if (x > oThreshold) return huge * huge;
    if (x < uThreshold) return twom1000 * twom1000;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3FF0A2B2) {
      if (x == 1.0) return E;
      if (xsb == 0) { hi = x - ln2Hi; lo = ln2Lo; k = 1; }
      else { hi = x + ln2Hi; lo = -ln2Lo; k = -1; }
    } else {
      k = <i32>(invLn2 * x + (xsb == 0 ? halfPos : -halfPos));
      t = <f64>k;
      hi = x - t * ln2Hi;
      lo = t * ln2Lo;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    if (huge + x > 1.0) return 1.0 + x;
  } else {
    k = 0;
  }
  t = x * x;
  if (k >= -1021) twopk = reinterpret<f64>(<u64><u32>(0x3ff00000 + (k << 20)) << 32);
  else twopk = reinterpret<f64>(<u64><u32>(0x3ff00000 + ((k + 1000) << 20)) << 32);
  c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * two1023;
    return y * twopk;
  }
  return y * twopk * twom1000;
}


export function expArray(src: usize, dst: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f64>(dst + (<usize>i << 3), fdExp(load<f64>(src + (<usize>i << 3))));
}

const LOG2E: f64 = 1.4426950408889634;
const LN2HI: f64 = 6.93147180369123816490e-01;
const LN2LO: f64 = 1.90821492927058770002e-10;
const MAGIC: f64 = 6755399441055744.0; // 1.5 * 2^52

@inline function expV(x: v128): v128 {
  const t = f64x2.add(f64x2.mul(x, f64x2.splat(LOG2E)), f64x2.splat(MAGIC));
  const kf = f64x2.sub(t, f64x2.splat(MAGIC));
  const r = f64x2.sub(f64x2.sub(x, f64x2.mul(kf, f64x2.splat(LN2HI))), f64x2.mul(kf, f64x2.splat(LN2LO)));
  let p = f64x2.splat(1.0 / 6227020800.0);
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 479001600.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 39916800.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 3628800.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 362880.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 40320.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 5040.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 720.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 120.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 24.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0 / 6.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(0.5));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0));
  p = f64x2.add(f64x2.mul(p, r), f64x2.splat(1.0));
  const k = i64x2.sub(t, f64x2.splat(MAGIC));
  const scale = i64x2.shl(i64x2.add(k, i64x2.splat(1023)), 52);
  return f64x2.mul(p, scale);
}

/** n even. */
export function expArraySimd(src: usize, dst: usize, n: i32): void {
  for (let i = 0; i < n; i += 2) v128.store(dst + (<usize>i << 3), expV(v128.load(src + (<usize>i << 3))));
}
