package dev.pyheap.interpreter.ast;

/** A complex constant (an imaginary literal, or a folded complex value). */
public record Complex(double real, double imag) {}
