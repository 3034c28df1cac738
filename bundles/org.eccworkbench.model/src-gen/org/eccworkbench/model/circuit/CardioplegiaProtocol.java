/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cardioplegia Protocol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Cardioplegia solution and delivery protocol.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCardioplegiaProtocol()
 * @model
 * @generated
 */
public enum CardioplegiaProtocol implements Enumerator {
	/**
	 * The '<em><b>DEL NIDO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEL_NIDO_VALUE
	 * @generated
	 * @ordered
	 */
	DEL_NIDO(0, "DEL_NIDO", "del-nido"),

	/**
	 * The '<em><b>BLOOD 4TO 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_4TO_1_VALUE
	 * @generated
	 * @ordered
	 */
	BLOOD_4TO_1(1, "BLOOD_4_TO_1", "blood-4-to-1"),

	/**
	 * The '<em><b>CUSTODIOL HTK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTODIOL_HTK_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTODIOL_HTK(2, "CUSTODIOL_HTK", "custodiol-htk"),

	/**
	 * The '<em><b>ST THOMAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ST_THOMAS_VALUE
	 * @generated
	 * @ordered
	 */
	ST_THOMAS(3, "ST_THOMAS", "st-thomas"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "other");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>DEL NIDO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEL_NIDO
	 * @model literal="del-nido"
	 * @generated
	 * @ordered
	 */
	public static final int DEL_NIDO_VALUE = 0;

	/**
	 * The '<em><b>BLOOD 4TO 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_4TO_1
	 * @model name="BLOOD_4_TO_1" literal="blood-4-to-1"
	 * @generated
	 * @ordered
	 */
	public static final int BLOOD_4TO_1_VALUE = 1;

	/**
	 * The '<em><b>CUSTODIOL HTK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTODIOL_HTK
	 * @model literal="custodiol-htk"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTODIOL_HTK_VALUE = 2;

	/**
	 * The '<em><b>ST THOMAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ST_THOMAS
	 * @model literal="st-thomas"
	 * @generated
	 * @ordered
	 */
	public static final int ST_THOMAS_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Cardioplegia Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CardioplegiaProtocol[] VALUES_ARRAY =
		new CardioplegiaProtocol[] {
			DEL_NIDO,
			BLOOD_4TO_1,
			CUSTODIOL_HTK,
			ST_THOMAS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cardioplegia Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CardioplegiaProtocol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cardioplegia Protocol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardioplegiaProtocol get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CardioplegiaProtocol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cardioplegia Protocol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardioplegiaProtocol getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CardioplegiaProtocol result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cardioplegia Protocol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardioplegiaProtocol get(int value) {
		switch (value) {
			case DEL_NIDO_VALUE: return DEL_NIDO;
			case BLOOD_4TO_1_VALUE: return BLOOD_4TO_1;
			case CUSTODIOL_HTK_VALUE: return CUSTODIOL_HTK;
			case ST_THOMAS_VALUE: return ST_THOMAS;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CardioplegiaProtocol(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CardioplegiaProtocol
