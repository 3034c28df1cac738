package org.eccworkbench.ui.editor.internal.table;

import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.ModelLabels;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The columns of the Components page: what each shows, and the feature an edit sets. */
public enum ElementColumn {
	ID(Messages.Column_id, null, false),
	KIND(Messages.Column_kind, null, false),
	NAME(Messages.Column_name, CircuitPackage.Literals.CIRCUIT_ELEMENT__NAME, false),
	PRODUCT(Messages.Column_product, CircuitPackage.Literals.COMPONENT__PRODUCT_ID, false),
	PRIME_ML(Messages.Column_primeMl, CircuitPackage.Literals.COMPONENT__PRIME_ML, true),
	DIAMETER_IN(Messages.Column_diameterIn, CircuitPackage.Literals.CONNECTION__INTERNAL_DIAMETER_INCH, true),
	LENGTH_M(Messages.Column_lengthM, CircuitPackage.Literals.CONNECTION__LENGTH_M, true),
	ROLE(Messages.Column_role, null, false),
	FROM(Messages.Column_from, null, false),
	TO(Messages.Column_to, null, false);

	private final String header;
	private final EStructuralFeature feature;
	private final boolean number;

	ElementColumn(String header, EStructuralFeature feature, boolean number) {
		this.header = header;
		this.feature = feature;
		this.number = number;
	}

	public String header() {
		return header;
	}

	public boolean number() {
		return number;
	}

	/** The feature an edit of this cell sets, or null when the cell is read-only for that element. */
	public EStructuralFeature editedFeature(CircuitElement element) {
		return feature != null && feature.getEContainingClass().isInstance(element) ? feature : null;
	}

	public Object value(CircuitElement element) {
		return switch (this) {
		case ID -> element.getId();
		case KIND -> ModelLabels.kind(element.eClass());
		case NAME -> element.getName();
		case PRODUCT -> element instanceof Component c ? c.getProductId() : null;
		case PRIME_ML -> element instanceof Component c ? c.getPrimeMl()
				: element instanceof Connection l ? Double.valueOf(Math.round(l.primeVolumeMl() * 10) / 10.0) : null;
		case DIAMETER_IN -> element instanceof Connection l ? Double.valueOf(l.getInternalDiameterInch()) : null;
		case LENGTH_M -> element instanceof Connection l ? Double.valueOf(l.getLengthM()) : null;
		case ROLE -> element instanceof Connection l && l.getRole() != null ? ModelLabels.literal(l.getRole()) : null;
		case FROM -> element instanceof Connection l ? portId(l.getSource()) : null;
		case TO -> element instanceof Connection l ? portId(l.getTarget()) : null;
		};
	}

	private static String portId(Port port) {
		return port == null ? null : port.getId();
	}
}
