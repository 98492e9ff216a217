package cellpy.nodes.expression;

import java.math.BigInteger;

/**
 * Division of a long by a constant {@code d >= 2} without a division instruction: a multiply-high
 * by a "magic" number and shifts (Granlund and Montgomery, "Division by Invariant Integers using
 * Multiplication", 1994). An idiv costs tens of cycles; {@code i % 7} in a hot loop is common.
 */
final class ConstDivisor {
    final long divisor;
    private final long magic;
    private final int shift;

    ConstDivisor(long d) {
        assert d >= 2;
        this.divisor = d;
        int l = 64 - Long.numberOfLeadingZeros(d - 1);
        BigInteger m = BigInteger.ONE.add(BigInteger.ONE.shiftLeft(64 + l - 1).divide(BigInteger.valueOf(d)));
        this.magic = m.subtract(BigInteger.ONE.shiftLeft(64)).longValue();
        this.shift = l - 1;
    }

    /** n / d rounded toward zero (Java's {@code /}). */
    long truncatedQuotient(long n) {
        long q0 = n + Math.multiplyHigh(magic, n);
        return (q0 >> shift) - (n >> 63);
    }

    /** Python's {@code n // d}. */
    long floorDiv(long n) {
        long q = truncatedQuotient(n);
        return n - q * divisor < 0 ? q - 1 : q;
    }

    /** Python's {@code n % d} (the sign of d, which is positive). */
    long floorMod(long n) {
        long r = n - truncatedQuotient(n) * divisor;
        return r < 0 ? r + divisor : r;
    }
}
