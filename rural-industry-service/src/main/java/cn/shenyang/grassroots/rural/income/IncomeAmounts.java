package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.rural.support.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The six sources of one revision, in yuan with two decimals. */
public record IncomeAmounts(BigDecimal land, BigDecimal enclave, BigDecimal capablePerson, BigDecimal assetLeasing,
        BigDecimal service, BigDecimal other) {

    /** Each amount with two decimals; a source not given is 0.00. */
    public IncomeAmounts {
        land = Money.yuan(land);
        enclave = Money.yuan(enclave);
        capablePerson = Money.yuan(capablePerson);
        assetLeasing = Money.yuan(assetLeasing);
        service = Money.yuan(service);
        other = Money.yuan(other);
    }

    public BigDecimal total() {
        return land.add(enclave).add(capablePerson).add(assetLeasing).add(service).add(other);
    }

    public Map<IncomeSource, BigDecimal> bySource() {
        Map<IncomeSource, BigDecimal> m = new EnumMap<>(IncomeSource.class);
        m.put(IncomeSource.LAND, land);
        m.put(IncomeSource.ENCLAVE, enclave);
        m.put(IncomeSource.CAPABLE_PERSON, capablePerson);
        m.put(IncomeSource.ASSET_LEASING, assetLeasing);
        m.put(IncomeSource.SERVICE, service);
        m.put(IncomeSource.OTHER, other);
        return m;
    }
}
