/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Heater Cooler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.HeaterCooler#getWaterTemperatureC <em>Water Temperature C</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getHeaterCooler()
 * @model
 * @generated
 */
public interface HeaterCooler extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Water Temperature C</b></em>' attribute.
	 * The default value is <code>"37.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Water temperature set point in degrees Celsius.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Water Temperature C</em>' attribute.
	 * @see #setWaterTemperatureC(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getHeaterCooler_WaterTemperatureC()
	 * @model default="37.0"
	 * @generated
	 */
	double getWaterTemperatureC();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.HeaterCooler#getWaterTemperatureC <em>Water Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Water Temperature C</em>' attribute.
	 * @see #getWaterTemperatureC()
	 * @generated
	 */
	void setWaterTemperatureC(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the water set point is at most 42 degrees Celsius (Capiox FX25 IFU).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean waterTemperatureLimit(DiagnosticChain diagnostics, Map<Object, Object> context);

} // HeaterCooler
