package dev.hanzi.publisher.style;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.SymbolicName;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;

/**
 * An extension function of the stylesheets from strings to a string (f:index-key,
 * f:index-letter, f:hyphenate), registered on the processor before a stylesheet is compiled.
 */
final class StringFunction extends ExtensionFunctionDefinition {
    private final StructuredQName name;
    private final int arity;
    private final Function<String[], String> body;

    StringFunction(StructuredQName name, int arity, Function<String[], String> body) {
        this.name = name;
        this.arity = arity;
        this.body = body;
    }

    /**
     * Registers functions on the processor unless {@code name} of {@code arity} is there already:
     * every stylesheet compiled asks, and {@code functions} is called only the first time, so
     * that what they load (ICU's collator, FOP's patterns) is loaded once per processor.
     */
    static void registerOnce(Processor processor, StructuredQName name, int arity, Supplier<List<StringFunction>> functions) {
        synchronized (processor) {
            if (!processor.getUnderlyingConfiguration().getIntegratedFunctionLibrary()
                    .isAvailable(new SymbolicName.F(name, arity), 31)) {
                functions.get().forEach(processor::registerExtensionFunction);
            }
        }
    }

    @Override
    public StructuredQName getFunctionQName() {
        return name;
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        SequenceType[] types = new SequenceType[arity];
        Arrays.fill(types, SequenceType.SINGLE_STRING);
        return types;
    }

    @Override
    public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
        return SequenceType.SINGLE_STRING;
    }

    @Override
    public ExtensionFunctionCall makeCallExpression() {
        return new ExtensionFunctionCall() {
            @Override
            public Sequence call(XPathContext context, Sequence[] arguments) throws net.sf.saxon.trans.XPathException {
                String[] strings = new String[arguments.length];
                for (int i = 0; i < arguments.length; i++) {
                    strings[i] = arguments[i].head().getStringValue();
                }
                return new StringValue(body.apply(strings));
            }
        };
    }
}
